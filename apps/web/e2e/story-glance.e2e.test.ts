import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations } from "./axe-audit.ts";
import { launchChromium } from "./launch-chromium.ts";
import { type RunningApp, startApp } from "./start-app.ts";

// Issue 13's flows in real Chromium against the production server: the summary, keyboard and
// state, phone widths, input and errors, and story management (last: it changes the data).

let app: RunningApp;
let browser: Browser;
let storyId: string;

async function newPage(width = 1440, height = 900): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height }, isMobile: width < 500 });
  page.on("pageerror", (error) => {
    throw error;
  });
  return page;
}

async function openStory(page: Page, query = "") {
  await page.goto(`${app.url}/?story=${encodeURIComponent(storyId)}${query}`);
  await page.getByRole("region", { name: "At a glance" }).waitFor({ timeout: 30_000 });
}

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchChromium()]);
  const stories = (await (await fetch(`${app.url}/api/stories`)).json()) as {
    items: { id: string; articleCount: number }[];
  };
  storyId = stories.items.find((s) => s.articleCount >= 5)!.id;
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe("the story at a glance", () => {
  it("puts the conflicts and the shared claims above the fold, with who says which", async () => {
    const page = await newPage();
    await openStory(page);
    const glance = page.getByRole("region", { name: "At a glance" });
    const box = await glance.boundingBox();
    expect(box && box.y < 900).toBe(true);
    const conflicts = glance.locator(".glance-conflicts li");
    const titleLine = (await conflicts.allTextContents()).find((t) =>
      t.includes("former US President"),
    );
    expect(titleLine).toMatch(/“?former US President”? \(Benzinga\) vs “?U\.S\. President/);
    const disagree = await glance.locator(".glance-conflicts h3").boundingBox();
    const conflictRow = await conflicts.first().boundingBox();
    expect(disagree && conflictRow && conflictRow.y + conflictRow.height < 900).toBe(true);
    // No claim of the demo is in all three outlets: the summary says so and lists the widest.
    await expect(glance.locator(".glance-shared h3").textContent()).resolves.toMatch(
      /Reported by several outlets \(\d+; none by all 3\)/,
    );
    expect(await glance.locator(".glance-shared li").count()).toBeGreaterThan(0);
    // Single-outlet counts per article, expandable.
    const solo = glance.locator(".glance-solo details").first();
    await expect(solo.locator("summary").textContent()).resolves.toMatch(/: \d+ claims?$/);
    await solo.locator("summary").click();
    expect(await solo.locator("li").count()).toBeGreaterThan(0);
    await expect(glance.locator(".glance-quoted").textContent()).resolves.toMatch(/Kim Yong-beom/);
    await expect(glance.textContent()).resolves.toMatch(/22 Oct 2025 – 28 Oct 2025 \(1 undated\)/);

    // A summary line opens its row in the grid.
    await glance.locator(".glance-conflicts .glance-link").first().click();
    await page.waitForFunction(() => new URLSearchParams(location.search).has("row"));
    const rowId = new URL(page.url()).searchParams.get("row");
    await page.locator(`.grid-body-row[data-group-id="${rowId}"]`).waitFor();
    await page.close();
  });

  it("shows no pilcrow, folds single-outlet rows and lists multi-outlet rows first", async () => {
    const page = await newPage();
    await openStory(page);
    const grid = page.getByRole("table", { name: "Claims by outlet" });
    await grid.locator(".grid-body-row").first().waitFor();
    expect(await grid.textContent()).not.toContain("¶");
    const first = grid.locator(".grid-body-row[data-group-id]").first();
    await expect(first.locator(".row-coverage").textContent()).resolves.toMatch(/^[2-5] of 5/);
    // The folds come after the shared rows: scroll to them.
    await grid.evaluate((element) => {
      element.scrollTop = element.scrollHeight;
    });
    const fold = grid.locator(".section-toggle").last();
    await fold.waitFor();
    await expect(fold.textContent()).resolves.toMatch(/Only in .+: \d+ claims?/);
    expect(await fold.getAttribute("aria-expanded")).toBe("false");
    // Column heads stay compact.
    const head = await page.locator(".grid-header").boundingBox();
    expect(head!.height).toBeLessThan(120);
    await page.close();
  });
});

describe("the summary on a phone", () => {
  it("starts folded to one line of counts and opens on request", async () => {
    const page = await newPage(390, 844);
    await openStory(page);
    const glance = page.getByRole("region", { name: "At a glance" });
    await expect(glance.locator(".glance-counts").textContent()).resolves.toMatch(
      /^\d+ disagreements? · \d+ shared · \d+ in one outlet only/,
    );
    expect(await glance.locator(".glance-conflicts").isVisible()).toBe(false);
    const folded = await glance.boundingBox();
    expect(folded!.height).toBeLessThan(200);
    // The grid's first card starts on the first screen.
    const firstCard = await page.locator(".grid-body-row").first().boundingBox();
    expect(firstCard!.y).toBeLessThan(844);
    const open = glance.getByRole("button", { name: "Show the summary" });
    await open.click();
    await glance.locator(".glance-conflicts li").first().waitFor();
    expect(
      await glance.getByRole("button", { name: "Fold the summary" }).getAttribute("aria-expanded"),
    ).toBe("true");
    await page.close();
  });
});

describe("keyboard and state", () => {
  it("reaches the first cell with one Tab and Enter; Escape closes the article panel", async () => {
    const page = await newPage();
    // Every focus change, so a failure under load says what took the focus before the Tab
    // (it once landed on "Rename", and no run since has shown why).
    await page.addInitScript(() => {
      const trail: string[] = [];
      (window as unknown as { focusTrail: string[] }).focusTrail = trail;
      document.addEventListener(
        "focusin",
        (event) => {
          const target = event.target as HTMLElement;
          trail.push(
            `${target.tagName} "${target.textContent?.slice(0, 30)}" @${Math.round(performance.now())}ms`,
          );
        },
        true,
      );
    });
    await openStory(page);
    await page.locator(".grid-body-row").first().waitFor();
    await page.keyboard.press("Tab");
    const [active, trail] = await page.evaluate(() => [
      document.activeElement?.textContent,
      (window as unknown as { focusTrail: string[] }).focusTrail.join(" → "),
    ]);
    expect(active, `focus changes: ${trail}`).toBe("Skip to the comparison grid");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() =>
      document.activeElement?.closest('.grid-body-row[data-index="0"]'),
    );
    await page.keyboard.press("Enter");
    await page.getByRole("region", { name: /^Article: / }).waitFor();
    expect(new URL(page.url()).searchParams.get("article")).toBeTruthy();
    await page.keyboard.press("Escape");
    await page.getByRole("region", { name: /^Article: / }).waitFor({ state: "detached" });
    expect(new URL(page.url()).searchParams.get("article")).toBeNull();
    await page.close();
  });

  it("remembers hidden columns across a reload and clears parameters that no longer apply", async () => {
    const page = await newPage();
    await openStory(page, "&row=g9999&article=0000000000000000&person=E9999");
    await page.waitForFunction(() => !location.search.includes("row="));
    const params = new URL(page.url()).searchParams;
    expect([params.get("row"), params.get("article"), params.get("person")]).toEqual([
      null,
      null,
      null,
    ]);
    await page.getByRole("button", { name: "Details and actions: Benzinga" }).click();
    await page.getByRole("button", { name: "Hide Benzinga" }).click();
    await page.getByRole("button", { name: "Show Benzinga" }).waitFor();
    await page.reload();
    await page.getByRole("button", { name: "Show Benzinga" }).waitFor();
    expect(await page.locator(".column-outlet").allTextContents()).not.toContain("Benzinga");
    await page.getByRole("button", { name: "Show Benzinga" }).click();
    await page.close();
  });
});

describe("every tab at desktop and phone width", () => {
  for (const [width, height] of [
    [1440, 900],
    [390, 844],
  ] as const) {
    it(`has no horizontal overflow and no axe violation at ${width} px`, async () => {
      const page = await newPage(width, height);
      for (const tab of ["compare", "events", "people", "figures", "timeline"]) {
        await openStory(page, tab === "compare" ? "" : `&tab=${tab}`);
        const content = {
          compare: ".grid-body-row",
          events: ".happening",
          people: ".person",
          figures: ".figures-table",
          timeline: ".timeline",
        }[tab]!;
        await page.locator(content).first().waitFor({ timeout: 30_000 });
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(scrollWidth, `${tab} at ${width}px`).toBeLessThanOrEqual(width);
        const violations = await axeViolations(page);
        expect(violations, `${tab} at ${width}px: ${JSON.stringify(violations, null, 2)}`).toEqual(
          [],
        );
      }
      await page.close();
    }, 120_000);
  }
});

describe("input that helps", () => {
  it("sends pasted HTML as HTML, so no tag shows in the grid", async () => {
    const page = await newPage();
    await page.goto(`${app.url}/?add=1`);
    await page.getByLabel("Outlet").fill("Markup Gazette");
    await page
      .getByLabel("Article text")
      .fill(
        "<article><h1>Northport harbor strike enters day three</h1><p>Published 3 March 2031.</p>" +
          "<p>Mayor Ilse Varga of Northport said the harbor strike had halted all container traffic.</p>" +
          "<p>The Northport Dockworkers Union said talks would resume on Thursday.</p></article>",
      );
    await page.getByText("This looks like HTML").waitFor();
    await page.getByRole("button", { name: "Add article" }).click();
    await page.getByRole("table", { name: "Claims by outlet" }).waitFor({ timeout: 60_000 });
    // One outlet alone: its claims sit in its fold.
    await page.locator(".section-toggle").first().click();
    await page.locator(".grid-body-row[data-group-id]").first().waitFor();
    const text = (await page.locator(".grid-body").textContent()) ?? "";
    expect(text).toContain("Mayor Ilse Varga");
    expect(text).not.toMatch(/<\/?p>|<h1>/);
    await page.close();
  }, 90_000);

  it("refuses an over-size paste before sending it, and says why in one sentence", async () => {
    const page = await newPage();
    await page.goto(`${app.url}/?add=1`);
    await page.getByLabel("Outlet").fill("Big Paper");
    const requests: string[] = [];
    page.on("request", (request) => {
      if (request.method() === "POST") requests.push(request.url());
    });
    await page.getByLabel("Article text").evaluate((element) => {
      const area = element as HTMLTextAreaElement;
      const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")!.set!;
      setter.call(area, "word ".repeat(450_000));
      area.dispatchEvent(new Event("input", { bubbles: true }));
    });
    await page.getByRole("button", { name: "Add article" }).click();
    const describedBy = await page.getByLabel("Article text").getAttribute("aria-describedby");
    await expect(page.locator(`[id="${describedBy}"]`).textContent()).resolves.toMatch(
      /too large: Parallax reads at most 2 MB/,
    );
    expect(requests).toEqual([]);
    await page.close();
  });

  it("explains a refused private address once, naming the setting that allows it", async () => {
    const page = await newPage();
    await page.goto(`${app.url}/?add=1`);
    await page.getByLabel("Outlet").fill("Loopback News");
    await page.getByLabel("From a URL").check();
    await page.getByLabel("Article URL").fill("http://127.0.0.1:9/story");
    await page.getByRole("button", { name: "Add article" }).click();
    const url = page.getByLabel("Article URL");
    await page.waitForFunction(
      () => document.querySelector("[name=url]")?.getAttribute("aria-invalid") === "true",
    );
    const message = await page
      .locator(`[id="${await url.getAttribute("aria-describedby")}"]`)
      .textContent();
    expect(message).toMatch(/refuses addresses on this machine or a private network/);
    expect(message).toMatch(/PARALLAX_ALLOW_PRIVATE_URLS=1/);
    const body = (await page.locator("main").textContent()) ?? "";
    expect(body.split("PARALLAX_ALLOW_PRIVATE_URLS").length - 1).toBe(1);
    await page.close();
  });

  it("says a missing story does not exist, without offering to try again", async () => {
    const page = await newPage();
    await page.goto(`${app.url}/?story=no-such-story`);
    await page.getByText("This story does not exist").waitFor();
    expect(await page.getByRole("button", { name: "Try again" }).count()).toBe(0);
    await page.close();
  });
});

describe("story management", () => {
  it("creates a named story, moves an article into it, renames, exports and deletes it", async () => {
    const page = await newPage();
    await page.goto(app.url);
    await page.getByRole("button", { name: "New story" }).click();
    await page.getByLabel("Story name").fill("Harbor follow-up");
    await page.getByRole("button", { name: "Create story" }).click();
    await page.getByRole("heading", { level: 1, name: "Harbor follow-up" }).waitFor();
    const newId = new URL(page.url()).searchParams.get("story")!;

    // Move the demo's Benzinga article into it from the demo story's column menu.
    await openStory(page);
    await page.getByRole("button", { name: "Details and actions: Benzinga" }).click();
    await page.getByLabel("Move to").selectOption({ label: "Harbor follow-up" });
    await page.getByRole("button", { name: "Move", exact: true }).click();
    await page.waitForFunction(
      () =>
        ![...document.querySelectorAll(".column-outlet")].some((h) => h.textContent === "Benzinga"),
    );
    const moved = (await (await fetch(`${app.url}/api/stories/${newId}`)).json()) as {
      articles: { outlet: { name: string } }[];
    };
    expect(moved.articles.map((a) => a.outlet.name)).toEqual(["Benzinga"]);

    // Rename, export and delete the new story.
    await page.goto(`${app.url}/?story=${newId}`);
    await page.getByRole("button", { name: "Rename" }).click();
    await page.getByLabel("Story name").fill("Benzinga on the talks");
    await page.getByRole("button", { name: "Save name" }).click();
    await page.getByRole("heading", { level: 1, name: "Benzinga on the talks" }).waitFor();
    for (const [name, type] of [
      ["Export Markdown", /markdown/],
      ["Export JSON", /json/],
    ] as const) {
      const href = await page.getByRole("link", { name }).getAttribute("href");
      const response = await fetch(new URL(href!, app.url));
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toMatch(type);
    }
    await page.getByRole("button", { name: "Delete" }).click();
    await page.getByRole("button", { name: "Delete story" }).click();
    await page.getByRole("heading", { level: 1, name: "Stories" }).waitFor();
    expect((await fetch(`${app.url}/api/stories/${newId}`)).status).toBe(404);
    await page.close();
  }, 120_000);
});
