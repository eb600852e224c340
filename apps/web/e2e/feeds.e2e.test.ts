import { mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadCorpus } from "@parallax/corpus";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  articlePage,
  type FeedServer,
  rssFeed,
  startFeedServer,
} from "../../api/src/testing/feed-server.ts";
import { axeViolations } from "./axe-audit.ts";
import { launchChromium } from "./launch-chromium.ts";
import { type RunningApp, startApp } from "./start-app.ts";

// Issue 15 as a reader meets it: follow a feed on the Feeds page, see its articles grouped into
// a story, then see that an article's page changed and what changed, claim by claim. The feed
// and its pages are served on 127.0.0.1; the articles are two of the corpus's captures from one
// outlet, and the later page is one of them edited (headline, a figure, a quote added). The
// Parallax runs with a write token, so following the feed and renaming the story ask for it.

const ARTIFACTS = resolve(dirname(fileURLToPath(import.meta.url)), "../test-artifacts");

const TOKEN = "feeds-e2e-write-token";

let app: RunningApp;
let browser: Browser;
let web: FeedServer;

const corpus = loadCorpus();
const byFile = (prefix: string) => corpus.files.find((f) => f.file.startsWith(prefix))!.text;
const earlier = byFile("001_");
const later = byFile("000_");
const [oldHeadline = ""] = earlier.split("\n");
const newHeadline = `${oldHeadline} as talks resume`;
const addedQuote = "“We expect to close the remaining gaps within days,” a trade official said.";
const edited = earlier
  .replace(oldHeadline, newHeadline)
  .replace("$350 billion", "$300 billion")
  .concat(`\n${addedQuote}\n`);

beforeAll(async () => {
  web = await startFeedServer();
  web.routes.set("/talks-1", { body: articlePage(earlier) });
  web.routes.set("/talks-2", { body: articlePage(later) });
  web.routes.set("/feed.xml", {
    type: "application/rss+xml",
    body: rssFeed("Daily", [
      { guid: "talks-1", url: `${web.base}/talks-1`, title: oldHeadline },
      { guid: "talks-2", url: `${web.base}/talks-2`, title: "Talks" },
    ]),
  });
  [app, browser] = await Promise.all([
    startApp({
      PARALLAX_DEMO: "0",
      PARALLAX_API_TOKEN: TOKEN,
      PARALLAX_ALLOW_PRIVATE_URLS: "1",
      PARALLAX_JOB_TICK_MS: "200",
      // Re-fetched soon after first seen, so the edited page becomes a version within seconds.
      PARALLAX_REFETCH_SCHEDULE: "1s,2s,3s,5s,8s",
    }),
    launchChromium(),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await web?.close();
});

/** At 390 px: no horizontal page overflow and no axe violation; then back to desktop width. */
async function checkAtPhoneWidth(page: Page) {
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  expect(await axeViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 1440, height: 900 });
}

/** Reloads until `selector` shows (the start page does not poll). */
async function reloadUntil(page: Page, selector: string, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await page.locator(selector).first().waitFor({ timeout: 1000 });
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await page.reload();
    }
  }
}

describe("following a feed", () => {
  it("groups the feed's articles into a story and shows what changed when a page changes", async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.on("pageerror", (error) => {
      throw error;
    });
    await page.goto(`${app.url}/?view=feeds`);
    await page.getByRole("heading", { level: 1, name: "Feeds" }).waitFor();
    await page.getByLabel("Feed URL (RSS, Atom or JSON Feed)").fill(`${web.base}/feed.xml`);
    await page.getByLabel("Outlet").fill("Korea JoongAng Daily");
    await page.getByRole("button", { name: "Follow" }).click();
    // Refused without the token: the page asks for it, says when it is wrong, then follows.
    const token = page.getByLabel("Write token");
    await token.fill("not-the-write-token");
    await page.getByRole("button", { name: "Use token and retry" }).click();
    await page.getByText("This token was refused").waitFor();
    await token.fill(TOKEN);
    await page.getByRole("button", { name: "Use token and retry" }).click();
    const row = page.locator(".feeds-table tbody tr", { hasText: `${web.base}/feed.xml` });
    await row.getByText("2 new").waitFor({ timeout: 30_000 });
    expect(await row.locator("td").nth(1).textContent()).toBe("ok");
    // Its latest items lead to the story each joined: the same one for both.
    await row.getByText("Latest items").click();
    const items = row.locator(".feed-items li a");
    await items.nth(1).waitFor();
    const links = await items.evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(links).toHaveLength(2);
    expect(links[0]).toMatch(/^\?story=/);
    expect(links[1]).toBe(links[0]);
    expect(await axeViolations(page)).toEqual([]);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, "feeds-page.png") });
    // A phone-wide window scrolls the feeds table, not the page.
    await checkAtPhoneWidth(page);

    // The start page lists one story holding both items.
    await page.getByRole("link", { name: "start page" }).click();
    const card = page.locator(".story-card");
    await card.first().waitFor();
    expect(await card.count()).toBe(1);
    await expect(card.locator(".story-facts").textContent()).resolves.toMatch(/Articles2/);

    // The first page is edited; a re-fetch stores it as a new version and the story is marked.
    web.routes.set("/talks-1", { body: articlePage(edited) });
    await reloadUntil(page, ".story-card .count-changed");
    await expect(page.locator(".count-changed").textContent()).resolves.toBe(
      "1 article since first seen",
    );
    await page.locator(".story-card h2 a").click();
    const changes = page.getByRole("region", { name: /Changed since first seen/ });
    await changes.waitFor({ timeout: 30_000 });
    const diff = changes.locator(".version-diff");
    await diff.locator(".version-summary").waitFor({ timeout: 30_000 });
    await expect(diff.locator(".version-summary strong").textContent()).resolves.toMatch(
      /^headline changed, 1 figure changed, .*1 quote added/,
    );
    const section = (title: string) =>
      diff.locator(".version-section", { has: page.getByRole("heading", { name: title }) });
    const headline = section("Headline changed");
    await expect(headline.locator("del").textContent()).resolves.toBe(oldHeadline);
    await expect(headline.locator("ins").textContent()).resolves.toBe(newHeadline);
    await expect(section("Figures changed").textContent()).resolves.toMatch(
      /\$350 billion.* became .*\$300 billion/,
    );
    await expect(section("Quotes added").textContent()).resolves.toContain(
      "We expect to close the remaining gaps within days",
    );
    await changes.screenshot({ path: join(ARTIFACTS, "article-changes.png") });
    // The changes at phone width: no overflow, accessible.
    await checkAtPhoneWidth(page);
    // The grid compares the latest version: its headline is the edited one.
    await expect(page.locator(".grid-header").textContent()).resolves.toContain("as talks resume");
    expect(await axeViolations(page)).toEqual([]);

    // Each column links to its original page: the oldest (first) column is the edited one.
    await page
      .getByRole("button", { name: /^Details and actions: / })
      .first()
      .click();
    const original = page.getByRole("link", { name: /Open the original article/ });
    expect(await original.getAttribute("href")).toBe(`${web.base}/talks-1`);
    expect(await original.getAttribute("target")).toBe("_blank");
    const storyUrl = page.url();
    await page.close();

    // A new tab has no token yet: renaming the story asks for it, then renames.
    const other = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const tab = await other.newPage();
    await tab.goto(storyUrl);
    await tab.getByRole("button", { name: "Rename" }).click();
    await tab.getByLabel("Story name").fill("Tariff talks from the feed");
    await tab.getByRole("button", { name: "Save name" }).click();
    await tab.getByLabel("Write token").fill(TOKEN);
    await tab.getByRole("button", { name: "Use token and retry" }).click();
    await tab.getByRole("heading", { level: 1, name: "Tariff talks from the feed" }).waitFor();
    await other.close();
  }, 90_000);
});
