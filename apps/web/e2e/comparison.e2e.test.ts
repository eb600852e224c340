import { mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations } from "./axe-audit.ts";
import { launchChromium } from "./launch-chromium.ts";
import { type RunningApp, startApp } from "./start-app.ts";

// The real product end to end: the API's main serving the built UI over a fresh database with
// the demo story, driven in Debian's Chromium.

const ARTIFACTS = resolve(dirname(fileURLToPath(import.meta.url)), "../test-artifacts");
mkdirSync(ARTIFACTS, { recursive: true });

let app: RunningApp;
let browser: Browser;
let page: Page;
let storyId: string;

async function shot(name: string) {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
}

async function expectAccessible(view: string) {
  const violations = await axeViolations(page);
  expect(violations, `${view}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
}

async function openStory(query = "") {
  await page.goto(`${app.url}/?story=${encodeURIComponent(storyId)}${query}`);
  if (query.includes("tab=")) await page.getByRole("tablist").waitFor();
  else await page.getByRole("table", { name: "Claims by outlet" }).waitFor();
}

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchChromium()]);
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.on("pageerror", (error) => {
    throw error;
  });
  const stories = (await (await fetch(`${app.url}/api/stories`)).json()) as {
    items: { id: string; articleCount: number }[];
  };
  const demo = stories.items.find((s) => s.articleCount >= 5);
  if (!demo) throw new Error("the demo story did not load");
  storyId = demo.id;
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe("Parallax in Chromium", () => {
  it("lists the demo story with its outlets and opens it into the comparison grid", async () => {
    await page.goto(app.url);
    const card = page.locator(".story-card").filter({ hasText: "Korea-U.S. tariff" });
    await card.waitFor();
    await expect(card.textContent()).resolves.toMatch(/Benzinga/);
    await expect(card.textContent()).resolves.toMatch(/Articles\s*5/);
    await shot("story-list");
    await expectAccessible("story list");

    await card.getByRole("link").click();
    await page.getByRole("table", { name: "Claims by outlet" }).waitFor();
    expect(new URL(page.url()).searchParams.get("story")).toBe(storyId);
    const headers = await page.locator(".column-outlet").allTextContents();
    expect(headers).toHaveLength(5);
    // Oldest first; Benzinga's capture has no date and goes last.
    expect(headers.at(-1)).toBe("Benzinga");
    await shot("comparison");
    await expectAccessible("comparison");
  });

  it("renders only the rows in view (virtualised)", async () => {
    await openStory();
    const total = Number(
      (await page.locator(".corner-note").textContent())?.match(/\d+/)?.[0] ?? "0",
    );
    const rendered = await page.locator(".grid-body-row").count();
    expect(total).toBeGreaterThan(20);
    expect(rendered).toBeLessThan(total);
  });

  it("shows Benzinga's “former US President” as a title conflict naming both titles", async () => {
    await openStory("&filter=conflicts&q=former%20US%20President");
    const row = page
      .locator(".grid-body-row")
      .filter({ has: page.locator(".conflict-value", { hasText: "former US President" }) })
      .first();
    await row.waitFor({ timeout: 10_000 });
    const head = row.getByRole("rowheader");
    await expect(head.textContent()).resolves.toMatch(/Conflict/);
    const values = await head.locator(".conflict-value").allTextContents();
    expect(values).toContain("former US President");
    expect(values.some((v) => /^U\.?S\.? President$/.test(v))).toBe(true);
    // Why the two titles are taken to be one person's: the conflict's own evidence, on request.
    const comparison = (await (
      await fetch(`${app.url}/api/stories/${storyId}/comparison`)
    ).json()) as {
      groups: {
        conflicts: {
          subject: string;
          values: { text: string }[];
          evidence?: { label: string }[];
        }[];
      }[];
    };
    const conflict = comparison.groups
      .flatMap((g) => g.conflicts)
      .find((c) => c.values.some((v) => v.text === "former US President"))!;
    expect(conflict.evidence?.length).toBeGreaterThan(0);
    const why = head.getByRole("button", { name: `Why a conflict? ${conflict.subject}` });
    expect(await why.getAttribute("aria-expanded")).toBe("false");
    await why.click();
    await head.locator(".conflict-evidence li").first().waitFor();
    const reasons = await head.locator(".conflict-evidence li").allTextContents();
    expect(reasons.length).toBe(conflict.evidence!.length);
    for (const item of conflict.evidence!) {
      expect(reasons.some((reason) => reason.endsWith(`: ${item.label}`))).toBe(true);
    }
    await shot("comparison-title-conflict");
  });

  it("has a $350 billion figure row reported by several outlets", async () => {
    // In the grid, "figures only" plus a search finds the claims that carry it…
    await openStory("&filter=figures&q=%24350%20billion");
    const rows = page.locator(".grid-body-row");
    await rows.first().waitFor({ timeout: 10_000 });
    for (const text of await rows.locator(".row-head .badge").allTextContents()) {
      expect(text).toMatch(/Agree|Partial|Conflict|Unique/);
    }
    expect(
      await page.locator(".grid-body-row .cell-button", { hasText: "$350 billion" }).count(),
    ).toBeGreaterThanOrEqual(2);
    // …and the figures table gives the measure one row with each outlet's value.
    await page.getByRole("tab", { name: "Figures" }).click();
    const row = page.locator(".figures-table tbody tr", { hasText: "$350 billion" }).first();
    await row.waitFor({ timeout: 10_000 });
    const outlets = await row
      .locator("td")
      .evaluateAll(
        (cells) => cells.filter((cell) => cell.textContent?.includes("$350 billion")).length,
      );
    expect(outlets).toBeGreaterThanOrEqual(2);
    await shot("figures");
    await expectAccessible("figures");
  });

  it("filters to conflicts only and keeps the filter in the URL", async () => {
    await openStory();
    const before = await page.locator(".filter-count").textContent();
    await page.getByRole("button", { name: "Conflicts only" }).click();
    await page.waitForFunction(() => location.search.includes("filter=conflicts"));
    const after = await page.locator(".filter-count").textContent();
    expect(after).not.toBe(before);
    const badges = await page.locator(".grid-body-row .row-head .badge").allTextContents();
    expect(badges.length).toBeGreaterThan(0);
    for (const badge of badges) expect(badge).toMatch(/Conflict/);
    await shot("comparison-conflicts");
    // A reload (or a shared link) opens the same filtered view.
    await page.reload();
    await page.getByRole("table", { name: "Claims by outlet" }).waitFor();
    expect(
      await page.getByRole("button", { name: "Conflicts only" }).getAttribute("aria-pressed"),
    ).toBe("true");
  });

  it("opens a cell's article beside the grid with the sentence highlighted", async () => {
    await openStory();
    const cell = page.locator(".grid-body-row .cell-button").first();
    const statement = (await cell.locator(".diff-text").first().textContent()) ?? "";
    await cell.click();
    const panel = page.getByRole("region", { name: /^Article: / });
    await panel.locator("mark").first().waitFor();
    const marked = (await panel.locator("mark").allTextContents()).join("");
    expect(marked.replace(/\s+/g, " ").trim()).toContain(
      statement.replace(/\s+/g, " ").trim().slice(0, 40),
    );
    expect(new URL(page.url()).searchParams.get("row")).toBeTruthy();
    await shot("article-panel");
    await expectAccessible("article panel");
  });

  it("opens a deep link to a row far down the story: scrolled into view, article open", async () => {
    const comparison = (await (
      await fetch(`${app.url}/api/stories/${encodeURIComponent(storyId)}/comparison`)
    ).json()) as { groups: { id: string; statements: { articleId: string; text: string }[] }[] };
    const index = Math.floor(comparison.groups.length * 0.8);
    const group = comparison.groups[index]!;
    const statement = group.statements[0]!;
    await openStory(`&row=${group.id}&article=${statement.articleId}`);
    const row = page.locator(`.grid-body-row[data-group-id="${group.id}"]`);
    await row.waitFor({ timeout: 10_000 });
    const [rowBox, gridBox] = await Promise.all([
      row.boundingBox(),
      page.locator(".grid-scroll").boundingBox(),
    ]);
    expect(
      rowBox && gridBox && rowBox.y >= gridBox.y && rowBox.y < gridBox.y + gridBox.height,
    ).toBe(true);
    const mark = page
      .getByRole("region", { name: /^Article: / })
      .locator("mark")
      .first();
    await mark.waitFor();
    expect((await mark.textContent())?.replace(/\s+/g, " ").trim()).toBe(
      statement.text.replace(/\s+/g, " ").trim(),
    );
  });

  it("shows the story's happenings with who leaves each out, and opens a statement's row", async () => {
    const comparison = (await (
      await fetch(`${app.url}/api/stories/${encodeURIComponent(storyId)}/comparison`)
    ).json()) as { articleIds: string[]; events: { id: string; articleIds: string[] }[] };
    const told = comparison.events.filter((e) => e.articleIds.length > 1);
    expect(told.length).toBeGreaterThan(0);
    await openStory("&tab=events");
    await page.locator(".happening").first().waitFor({ timeout: 10_000 });
    expect(await page.locator(".happening").count()).toBe(told.length);
    // The first card is the most widely told happening, and says how widely.
    const widest = Math.max(...told.map((e) => e.articleIds.length));
    const first = page.locator(".happening").first();
    const badge =
      widest === comparison.articleIds.length
        ? `Told in all ${widest} articles`
        : `Told by ${widest} of ${comparison.articleIds.length} articles`;
    await expect(first.textContent()).resolves.toContain(badge);
    await shot("happenings");
    await expectAccessible("happenings");
    // Only the happenings some outlet leaves out remain under the filter, each naming who.
    await page.getByRole("checkbox", { name: /some articles leave out/ }).check();
    const partial = told.filter((e) => e.articleIds.length < comparison.articleIds.length);
    expect(await page.locator(".happening").count()).toBe(partial.length);
    if (partial.length > 0) {
      await expect(page.locator(".happening").first().textContent()).resolves.toMatch(
        /Not told in: /,
      );
    }
    // A statement opens its row in the comparison grid.
    await page.locator(".happening-statement").first().click();
    const row = new URL(page.url()).searchParams.get("row");
    expect(row).toBeTruthy();
    expect(new URL(page.url()).searchParams.get("tab")).toBeNull();
    await page.locator(`.grid-body-row.row-selected[data-group-id="${row}"]`).waitFor();
  });

  it("shows people with each outlet's titles, and the timeline", async () => {
    await openStory("&tab=people");
    await page.locator(".person").first().waitFor({ timeout: 10_000 });
    await expect(page.locator(".people").textContent()).resolves.toMatch(/Kim Yong-beom/);
    await shot("people");
    await expectAccessible("people");
    await page.getByRole("tab", { name: "Timeline" }).click();
    await page.locator(".timeline").waitFor();
    await shot("timeline");
    await expectAccessible("timeline");
  });

  it("shows the API's validation error next to the field when an empty form is submitted", async () => {
    await page.goto(`${app.url}/?add=1`);
    await page.getByRole("button", { name: "Add article" }).click();
    const outlet = page.getByLabel("Outlet");
    await page.waitForFunction(
      () => document.querySelector("[name=outlet]")?.getAttribute("aria-invalid") === "true",
    );
    const describedBy = await outlet.getAttribute("aria-describedby");
    const message = await page.locator(`[id="${describedBy}"]`).textContent();
    expect(message).toMatch(/Name the outlet that published the article/);
    // The message sits right after the field it is about.
    const next = await outlet.evaluate((el) => el.nextElementSibling?.id);
    expect(next).toBe(describedBy);
    await shot("add-article-errors");
    await expectAccessible("add article form with errors");
  });

  it("adds a pasted article and its column appears without a reload", async () => {
    await openStory();
    const columnsBefore = await page.locator(".column-outlet").count();
    await page.evaluate(() => {
      (window as unknown as { marker: boolean }).marker = true;
    });
    await page.getByRole("button", { name: "Add an article" }).click();
    await page.getByLabel("Outlet").fill("Parallax Test Wire");
    await page
      .getByLabel("Article text")
      .fill(
        [
          "Seoul tariff talks continue as APEC nears",
          "Published: 25 Oct. 2025, 09:00",
          "Korea and the United States are still negotiating the $350 billion investment package, officials said Saturday.",
          "Presidential director of national policy Kim Yong-beom said both sides remain divided on one or two issues.",
          "U.S. President Donald Trump is expected to visit Korea next week for the APEC summit in Gyeongju.",
        ].join("\n"),
      );
    await page.getByLabel("Story").selectOption(storyId);
    await page.getByRole("button", { name: "Add article" }).click();
    await page.getByRole("table", { name: "Claims by outlet" }).waitFor({ timeout: 60_000 });
    await page.locator(".column-outlet", { hasText: "Parallax Test Wire" }).waitFor();
    expect(await page.locator(".column-outlet").count()).toBe(columnsBefore + 1);
    // Same document: the page never reloaded.
    expect(await page.evaluate(() => (window as unknown as { marker?: boolean }).marker)).toBe(
      true,
    );
    await shot("comparison-after-add");
  });

  it("turns rows into cards on a phone-sized screen", async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
    await phone.goto(`${app.url}/?story=${encodeURIComponent(storyId)}`);
    await phone.getByRole("table", { name: "Claims by outlet" }).waitFor();
    expect(await phone.locator(".grid-header").isVisible()).toBe(false);
    const firstRow = phone.locator(".grid-body-row").first();
    const box = await firstRow.boundingBox();
    expect(box?.width).toBeLessThanOrEqual(390);
    expect(await firstRow.locator(".cell:not(.cell-empty) .cell-outlet").first().isVisible()).toBe(
      true,
    );
    await phone.screenshot({ path: join(ARTIFACTS, "comparison-phone.png") });
    const phoneViolations = await axeViolations(phone);
    expect(phoneViolations, JSON.stringify(phoneViolations, null, 2)).toEqual([]);
    await phone.close();
  });
});
