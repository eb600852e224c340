import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { DateReference } from "@parallax/core";
import { describe, expect, it } from "vitest";
import {
  corpusArticle,
  corpusArticles,
} from "../../../test/fixtures/extraction-gold/corpus-articles.ts";
import { extractArticle } from "../../extract-article.ts";

function dayOf(list: readonly DateReference[], text: string): string | null | undefined {
  return list.find((d) => d.text === text)?.value;
}

describe("dates resolved against the publication date", () => {
  it("000 (published Friday 2025-10-24 KST): 'said Friday' is that day; 'next Wednesday' is the 29th", () => {
    const x = extractArticle(corpusArticle("000"));
    expect(dayOf(x.dates, "Friday")).toBe("2025-10-24");
    expect(dayOf(x.dates, "next Wednesday")).toBe("2025-10-29");
    expect(dayOf(x.dates, "Wednesday")).toBe("2025-10-22");
    expect(x.dates.find((d) => d.text === "next week’s")).toMatchObject({
      value: "2025-10-27",
      precision: "week",
    });
  });

  it("001 (published Wednesday 2025-10-22): Sunday 19, Monday 20, late Tuesday 21, Thursday 16, Wednesday morning 22", () => {
    const x = extractArticle(corpusArticle("001"));
    expect(dayOf(x.dates, "Sunday")).toBe("2025-10-19");
    expect(dayOf(x.dates, "Monday")).toBe("2025-10-20");
    expect(dayOf(x.dates, "late Tuesday")).toBe("2025-10-21");
    expect(dayOf(x.dates, "Thursday")).toBe("2025-10-16");
    expect(dayOf(x.dates, "Wednesday morning")).toBe("2025-10-22");
    expect(dayOf(x.dates, "July 30")).toBe("2025-07-30");
    expect(x.dates.every((d) => d.status === "resolved")).toBe(true);
  });

  it("002 has no dateline: the caption's 2025.10.22 anchors the 22nd, ranges, 'the previous day', 'this weekend' — inferred", () => {
    const x = extractArticle(corpusArticle("002"));
    expect(x.dates.find((d) => d.text === "from the 16th to the 20th")).toMatchObject({
      value: "2025-10-16",
      endValue: "2025-10-20",
      status: "inferred",
    });
    expect(dayOf(x.dates, "the morning of the 22nd")).toBe("2025-10-22");
    expect(dayOf(x.dates, "the previous day")).toBe("2025-10-21");
    expect(x.dates.find((d) => d.text === "11 p.m. the previous day")?.precision).toBe("hour");
    expect(x.dates.find((d) => d.text === "this weekend")).toMatchObject({
      value: "2025-10-25",
      endValue: "2025-10-26",
    });
    expect(dayOf(x.dates, "the end of Aug.")).toBe("2025-08-31");
    expect(x.dates.every((d) => d.status === "inferred")).toBe(true);
  });

  it("002: 'three days after returning' is the 22nd's flight, and the returns themselves are the 19th and the 20th", () => {
    const x = extractArticle(corpusArticle("002"));
    const body = corpusArticle("002").body;
    const at = (text: string) => x.dates.filter((d) => d.text === text);
    expect(at("three days after returning").map((d) => d.value)).toEqual(["2025-10-22"]);
    expect(at("two days after returning home").map((d) => d.value)).toEqual(["2025-10-22"]);
    // Kim Yong-beom back on the 19th (22 - 3), Kim Jung-kwan on the 20th (22 - 2): inferred days.
    expect(at("returning")).toMatchObject([
      { value: "2025-10-19", precision: "day", status: "inferred" },
    ]);
    expect(at("returning home")).toMatchObject([
      { value: "2025-10-20", precision: "day", status: "inferred" },
    ]);
    for (const d of x.dates) expect(body.slice(d.span.start, d.span.end)).toBe(d.text);
  });

  it("004 (Benzinga, undated): the embedded post of 2025-10-20 anchors 'on Sunday' and 'the end of the month', inferred", () => {
    const x = extractArticle(corpusArticle("004"));
    expect(x.dates.find((d) => d.text === "Sunday")).toMatchObject({
      value: "2025-10-19",
      status: "inferred",
    });
    expect(x.dates.find((d) => d.text === "the end of the month")).toMatchObject({
      value: "2025-10-31",
      precision: "week",
      status: "inferred",
    });
  });

  it("gives byte-identical results under another machine time zone (child processes)", () => {
    const script = fileURLToPath(
      new URL("../../../test/fixtures/extraction-gold/print-extraction.ts", import.meta.url),
    );
    const here = JSON.stringify(corpusArticles().map((a) => extractArticle(a)));
    for (const tz of ["America/Los_Angeles", "Pacific/Kiritimati"]) {
      const out = execFileSync(process.execPath, ["--import", "tsx", script], {
        // tsx is resolved from the aligner package, whatever folder Vitest was started from.
        cwd: fileURLToPath(new URL("../../..", import.meta.url)),
        env: { ...process.env, TZ: tz },
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
      });
      expect(out).toBe(here);
    }
  }, 60_000);
});
