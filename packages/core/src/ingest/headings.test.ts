import { describe, expect, it } from "vitest";
import { looksLikeHeadline, looksLikeSubheading } from "./headings.ts";

describe("headings", () => {
  it("recognises titles and rejects sentences", () => {
    expect(
      looksLikeHeadline(
        "Korea-U.S. tariff talks see progress, but key differences remain unresolved",
      ),
    ).toBe(true);
    expect(looksLikeHeadline("Will Seoul sign before the summit?")).toBe(true);
    expect(
      looksLikeHeadline("South Korea and the United States are getting closer to a deal."),
    ).toBe(false);
    expect(looksLikeHeadline("lowercase start is not a title")).toBe(false);
  });

  it("recognises sub-headings but not quotes or long questions", () => {
    expect(looksLikeSubheading("Tariff Talks Advance as US Weighs 10-Year Deal")).toBe(true);
    expect(looksLikeSubheading("What comes next")).toBe(true);
    expect(looksLikeSubheading("“We are close”")).toBe(false);
    expect(
      looksLikeSubheading(
        "Kim said the negotiations had reached a very critical and decisive stage",
      ),
    ).toBe(false);
  });
});
