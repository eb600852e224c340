/**
 * Screenshots of the demo story for notes and reviews: the summary, grid, people, figures and
 * timeline at desktop (1440 px) and phone (390 px) width, in Debian's Chromium against the
 * production server over a fresh database.
 *
 *   pnpm --filter @parallax/web screenshots -- --out /some/folder   (default test-artifacts/screens)
 */
import { mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { launchChromium } from "../e2e/launch-chromium.ts";
import { startApp } from "../e2e/start-app.ts";

const outFlag = process.argv.indexOf("--out");
const OUT = resolve(
  outFlag > 0
    ? process.argv[outFlag + 1]!
    : join(dirname(fileURLToPath(import.meta.url)), "../test-artifacts/screens"),
);
mkdirSync(OUT, { recursive: true });

const app = await startApp();
const browser = await launchChromium();
try {
  const stories = (await (await fetch(`${app.url}/api/stories`)).json()) as {
    items: { id: string; articleCount: number }[];
  };
  const demo = stories.items.find((s) => s.articleCount >= 5)!.id;
  for (const [name, width, height] of [
    ["desktop", 1440, 900],
    ["phone", 390, 844],
  ] as const) {
    const context = await browser.newContext({
      viewport: { width, height },
      isMobile: width < 500,
      deviceScaleFactor: 1,
    });
    const page = await context.newPage();
    const open = async (tab: string) => {
      await page.goto(`${app.url}/?story=${demo}${tab === "compare" ? "" : `&tab=${tab}`}`);
      await page.getByRole("region", { name: "At a glance" }).waitFor({ timeout: 30_000 });
    };
    const saved: string[] = [];
    const save = async (what: string, shoot: (path: string) => Promise<unknown>) => {
      const path = join(OUT, `${name}-${what}.png`);
      await shoot(path);
      saved.push(path);
    };

    await open("compare");
    const glance = page.getByRole("region", { name: "At a glance" });
    const unfold = glance.getByRole("button", { name: "Show the summary" });
    if (await unfold.count()) {
      // A phone starts with the summary folded; both states are shown.
      await save("summary-folded", (path) => page.screenshot({ path }));
      await unfold.click();
    }
    await save("summary", (path) => glance.screenshot({ path }));

    // Each tab as a reader sees it: the window scrolled to the tabs.
    const tabView = async (what: string) => {
      await page.evaluate(() =>
        document.querySelector('[role="tablist"]')?.scrollIntoView({ block: "start" }),
      );
      await save(what, (path) => page.screenshot({ path }));
    };
    await page.locator(".grid-body-row").first().waitFor();
    await tabView("grid");

    for (const [tab, content] of [
      ["people", ".person"],
      ["figures", ".figures-table"],
      ["timeline", ".timeline"],
    ] as const) {
      await open(tab);
      await page.locator(content).first().waitFor({ timeout: 30_000 });
      await tabView(tab);
    }
    for (const path of saved) console.log(path);
    await context.close();
  }
} finally {
  await browser.close();
  await app.stop();
}
