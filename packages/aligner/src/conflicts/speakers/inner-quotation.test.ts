import { describe, expect, it } from "vitest";
import { contentLemmas } from "../../align/lemmas.ts";
import { quotedWithin } from "./inner-quotation.ts";

const remark = new Set(contentLemmas("were careless with the harbour funds"));

describe("quotedWithin", () => {
  it("reads words inside a quotation within a quotation as someone else's", () => {
    expect(
      quotedWithin(
        "“Ada Lund and her team ‘were careless with the harbour funds.’ Not fit!”",
        remark,
      ),
    ).toBe(true);
  });

  it("reads the outer words, or a possessive's apostrophe, as the speaker's own", () => {
    expect(
      quotedWithin(
        "“Ada Lund and her team were careless with the harbour funds,” Vint said.",
        remark,
      ),
    ).toBe(false);
    expect(
      quotedWithin(
        "“The harbour’s funds were handled with care,” Vint said of Lund’s team.",
        remark,
      ),
    ).toBe(false);
  });
});
