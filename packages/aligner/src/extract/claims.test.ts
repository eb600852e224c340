import type { Claim, Extraction } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { handBuiltArticle } from "../../test/fixtures/extraction-gold/hand-built-article.ts";
import { extractArticle } from "../extract-article.ts";

function claim(x: Extraction, startsWith: string): Claim {
  const found = x.claims.find((c) => c.text.startsWith(startsWith));
  if (!found) throw new Error(`no claim starting "${startsWith}"`);
  return found;
}

describe("claims", () => {
  it("reads kind words in the author's own text only, in any case, multi-word ones whole", () => {
    const x = extractArticle(
      handBuiltArticle(
        [
          "Seoul aims to sign the deal this month.",
          'The crowd chanted "we will win" outside the ministry.',
          "Negotiators Must settle the dispute first.",
          "The plant was set up in 2019.",
          "Officials plan to meet in Brackwater.",
        ].join("\n\n"),
      ),
    );
    expect(claim(x, "Seoul aims to").kind).toBe("prediction");
    expect(claim(x, "The crowd chanted").kind).toBe("fact");
    expect(claim(x, "Negotiators Must").kind).toBe("opinion");
    expect(claim(x, "The plant was set up").kind).toBe("fact");
    expect(claim(x, "Officials plan to").kind).toBe("prediction");
  });
});
