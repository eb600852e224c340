import { describe, expect, it } from "vitest";
import { handBuiltArticle } from "../../../../test/fixtures/extraction-gold/hand-built-article.ts";
import { extractParagraphs as extract } from "../../../../test/support/quote-speakers.ts";
import { sievedQuotes } from "../../attribution/sieved-quotes.ts";

/** The texts of the mentions of the entity so named, in order. */
function mentionsOf(x: ReturnType<typeof extract>, name: string): string[] {
  const entity = x.entities.find((e) => e.name === name);
  return entity ? entity.mentions.map((m) => m.text) : [];
}

describe("a speaker first named while quotes are read keeps their later bare surnames", () => {
  it("a titled surname that only speaks is found in the headline and after a title", () => {
    const x = extract(
      "Vint overturns harbour rule",
      "President Vint on Tuesday overturned a rule that fishermen say weakened the Harbour Act.",
      "“The work of scientists will be respected,” Vint said.",
    );
    expect(mentionsOf(x, "Vint")).toEqual(["Vint", "Vint", "Vint"]);
  });

  it("a surname an honorific stood before when it spoke keeps naming that person later", () => {
    const x = extract(
      "“We are ready to sail,” Mr. Vint said on Monday.",
      "The ferry stayed shut because Vint had refused to sign the order.",
    );
    expect(mentionsOf(x, "Vint")).toEqual(["Vint", "Vint"]);
  });

  it("a lone speaking word with no title is not spread: it may be a company", () => {
    const x = extract(
      "“The patch is ready,” Lundsoft said on Monday.",
      "Lundsoft released the fix for every version of its browser.",
    );
    const lundsoft = x.entities.find((e) => e.name === "Lundsoft");
    expect(lundsoft?.mentions ?? []).toHaveLength(1);
  });

  it("a word the article also writes lowercase is not spread", () => {
    const x = extract(
      "“We are ready,” said Mr. Carrier on Monday.",
      "Carrier workers walked out, and the carrier cancelled every flight.",
    );
    const carrier = x.entities.find((e) => e.name.endsWith("Carrier"));
    expect((carrier?.mentions ?? []).length).toBeLessThanOrEqual(1);
  });
});

describe("the surnames of a person the cue reader named are read before the sieves", () => {
  it("puts them in the main mention list the sieves query, linked to that person", () => {
    const { registry } = sievedQuotes(
      handBuiltArticle(
        [
          "“We are ready to sail,” Mr. Vint said on Monday.",
          "The ferry stayed shut because Vint had refused to sign the order.",
        ].join("\n\n"),
      ),
    );
    const at = registry.text.body.indexOf("Vint had");
    expect(registry.entityAt(at)).not.toBeNull();
    expect(registry.nameOf(registry.entityAt(at) as number)).toBe("Vint");
    expect(registry.descriptions.some((m) => m.start === at)).toBe(false);
  });
});
