import { describe, expect, it } from "vitest";
import { makeUnit } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import type { ConflictContext } from "../guards.ts";
import { negationConflicts } from "./conflicts.ts";
import { remarkHeadline } from "./remark-headline.ts";

const alike: ConflictContext = { similarity: () => 0.9, entityName: (id) => id };
const texts = (a: string, b: string) =>
  negationConflicts([makeUnit(0, 0, a), makeUnit(1, 1, b)], alike)[0]?.values.map((v) => v.text);

const earlier = "Ivo Vint kept pressing his attack that Ada Roe is not qualified to be president.";

describe("a headline crediting someone's words is set against no denial", () => {
  it("reads a title-case line that labels, quotes or credits a speaker", () => {
    const headline = (text: string) => remarkHeadline({ text });
    expect(headline("Ivo Vint: ‘Of Course’ Ada Roe Is Qualified To Be President")).toBe(true);
    expect(headline("Ada Roe Is Qualified To Be President, Ivo Vint Says")).toBe(true);
    // Title case crediting no one, and running text, are no remark headlines.
    expect(headline("Ada Roe Is Qualified To Be President")).toBe(false);
    expect(headline("Ivo Vint said Ada Roe is qualified to be president.")).toBe(false);
  });

  it("a speaker's later stance in a headline is no denial of his earlier one", () => {
    expect(texts(earlier, "Ivo Vint: ‘Of Course’ Ada Roe Is Qualified To Be President")).toBe(
      undefined,
    );
    expect(
      texts("Ivo Vint: ‘Ada Roe Is Not Qualified To Be President’", earlier.replace("not ", "")),
    ).toBe(undefined);
  });

  it("the same remark told in running text still conflicts", () => {
    expect(texts(earlier, "Ivo Vint said Ada Roe is qualified to be president.")).toEqual([
      "not qualified",
      "qualified",
    ]);
  });
});
