/**
 * Load figures for the comparison view, measured in Debian's Chromium with the Performance API:
 * time from navigation start to the first grid row on screen, for the demo story and for a
 * generated 50-article story, plus the gzipped size of the production bundle.
 *
 *   pnpm --filter @parallax/web measure:load     (after `pnpm build`; builds dist/ if missing)
 *   pnpm --filter @parallax/web measure:load -- --demo-only
 *
 * Targets: demo ≤ 1 s, 50 articles ≤ 2 s, main JS chunk ≤ 90 KB gzipped with no zod in it.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { loadCorpus } from "@parallax/corpus";
import type { Browser } from "playwright-core";
import { launchChromium } from "../e2e/launch-chromium.ts";
import { startApp, WEB_DIST_DIR } from "../e2e/start-app.ts";

const RUNS = 5;

function bundleSizes() {
  const dir = join(WEB_DIST_DIR, "assets");
  return readdirSync(dir)
    .filter((f) => /\.(js|css)$/.test(f))
    .map((file) => {
      const bytes = readFileSync(join(dir, file));
      return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    });
}

async function post(url: string, body: unknown) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`POST ${url}: ${response.status} ${await response.text()}`);
  return response.json() as Promise<Record<string, unknown>>;
}

/** 50 articles: the five captures, each re-run by ten outlets that drop and add paragraphs. */
async function generateStory(base: string): Promise<string> {
  const story = (await post(`${base}/api/stories`, {
    name: "Generated: 50 outlets on the tariff talks",
  })) as { id: string };
  const corpus = loadCorpus();
  for (let i = 0; i < 50; i++) {
    const file = corpus.files[i % corpus.files.length]!;
    const lines = file.text.split("\n");
    const head = lines.slice(0, 3);
    const body = lines.slice(3).filter((_, index) => (index + i) % 7 !== 0);
    const extra = `Desk ${i} added that officials in Seoul expect ${i + 2} more rounds of talks before a deal.`;
    await post(`${base}/api/articles`, {
      outlet: `Wire ${String(i).padStart(2, "0")}`,
      text: [...head, ...body, extra].join("\n"),
      storyId: story.id,
    });
  }
  return story.id;
}

/** Milestones of one visit, in ms from navigation start (Performance API). */
interface Visit {
  ms: number;
  rows: number;
  total: number;
  phases: Record<string, number>;
}

async function timeToGrid(browser: Browser, url: string): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    // Stamp the moment the first grid row is attached, relative to navigation start.
    const observer = new MutationObserver(() => {
      if (document.querySelector(".grid-body-row")) {
        const stamps = window as unknown as { gridAt: number; gridPaintedAt: number };
        stamps.gridAt = performance.now();
        observer.disconnect();
        // Painted: the frame after it is attached has been rendered (a task queued from the
        // next animation frame runs after that frame's paint).
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            stamps.gridPaintedAt = performance.now();
          };
          channel.port2.postMessage(null);
        });
      }
    });
    observer.observe(document, { childList: true, subtree: true });
  });
  await page.goto(url);
  await page.waitForSelector(".grid-body-row", { timeout: 30_000 });
  await page.waitForFunction(() => "gridPaintedAt" in window);
  const result = await page.evaluate(() => {
    const resources = performance.getEntriesByType("resource") as PerformanceResourceTiming[];
    // No named helper here: tsx would wrap it in a __name() call the page does not have.
    const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
    const mainJs = resources.find((e) => /\/assets\/index-[^/]*\.js$/.test(e.name));
    const story = resources.find((e) => /\/api\/stories\/[^/]+$/.test(e.name));
    const comparison = resources.find((e) => e.name.endsWith("/comparison"));
    const paint = performance.getEntriesByName("first-contentful-paint")[0];
    return {
      ms: (window as unknown as { gridAt: number }).gridAt,
      rows: document.querySelectorAll(".grid-body-row").length,
      total: Number(document.querySelector(".corner-note")?.textContent?.match(/\d+/)?.[0] ?? 0),
      phases: {
        "page (HTML) received": nav.responseEnd,
        "main JS received": mainJs?.responseEnd ?? 0,
        "DOMContentLoaded (main JS run)": nav.domContentLoadedEventEnd,
        "first paint": paint?.startTime ?? 0,
        "comparison requested": comparison?.requestStart || comparison?.startTime || 0,
        "comparison received": comparison?.responseEnd ?? 0,
        "story received": story?.responseEnd ?? 0,
        "first grid row attached": (window as unknown as { gridAt: number }).gridAt,
        "first grid row painted": (window as unknown as { gridPaintedAt: number }).gridPaintedAt,
      },
    };
  });
  await context.close();
  return result;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

async function measure(browser: Browser, label: string, url: string) {
  // The first visit may compute and cache the comparison on the server; later visits are what a
  // reader sees. Each run is a fresh browser context (cold HTTP cache).
  const first = await timeToGrid(browser, url);
  const runs: Visit[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await timeToGrid(browser, url));
  const times = runs.map((r) => r.ms);
  const last = runs[runs.length - 1]!;
  console.log(
    `${label}: first visit ${first.ms.toFixed(0)} ms; median of ${RUNS} cold-cache visits ${median(times).toFixed(0)} ms (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)}); ${last.rows} of ${last.total} rows in the DOM`,
  );
  console.log(
    `  first visit: ${Object.entries(first.phases)
      .map(([phase, ms]) => `${phase} ${ms.toFixed(0)}`)
      .join(", ")}`,
  );
  // Where the time goes (medians): what the first row waits for.
  for (const phase of Object.keys(last.phases)) {
    console.log(`  ${phase}: ${median(runs.map((r) => r.phases[phase] ?? 0)).toFixed(0)} ms`);
  }
}

const app = await startApp({ PARALLAX_WRITE_BURST: "1000" });
const browser = await launchChromium();
try {
  const sizes = bundleSizes();
  for (const s of sizes) {
    console.log(
      `bundle ${s.file}: ${(s.raw / 1024).toFixed(1)} KB raw, ${(s.gzip / 1024).toFixed(1)} KB gzipped`,
    );
  }
  const main = sizes.find((s) => /^index-.*\.js$/.test(s.file));
  const mainText = main ? readFileSync(join(WEB_DIST_DIR, "assets", main.file), "utf8") : "";
  console.log(
    `main JS chunk ${main?.file}: ${((main?.gzip ?? 0) / 1024).toFixed(1)} KB gzipped (target ≤ 90 KB); ` +
      `zod in it: ${/ZodError|\$ZodType/.test(mainText) ? "YES" : "no"}; ` +
      `all chunks ${(sizes.reduce((n, s) => n + s.gzip, 0) / 1024).toFixed(1)} KB gzipped`,
  );

  const stories = (await (await fetch(`${app.url}/api/stories`)).json()) as {
    items: { id: string }[];
  };
  const demo = stories.items[0]!.id;
  await measure(browser, "demo story (5 articles)", `${app.url}/?story=${demo}`);

  // `-- --demo-only` skips the 50-article story (a minute of ingest on a busy machine).
  if (!process.argv.includes("--demo-only")) {
    const started = performance.now();
    const generated = await generateStory(app.url);
    const story = (await (await fetch(`${app.url}/api/stories/${generated}`)).json()) as {
      articleCount: number;
    };
    const comparisonStarted = performance.now();
    const comparison = await (await fetch(`${app.url}/api/stories/${generated}/comparison`)).text();
    console.log(
      `generated ${story.articleCount} articles in ${((performance.now() - started) / 1000).toFixed(1)} s; ` +
        `first comparison ${(performance.now() - comparisonStarted).toFixed(0)} ms, ${(comparison.length / 1024).toFixed(0)} KB JSON`,
    );
    await measure(browser, "generated story (50 articles)", `${app.url}/?story=${generated}`);
  }
} finally {
  await browser.close();
  await app.stop();
}
