import { describe, expect, it } from "vitest";
import { handBuiltArticle } from "../../../../test/fixtures/extraction-gold/hand-built-article.ts";
import { ArticleText } from "../../article-text.ts";
import { EntityRegistry } from "../../entities/entity-registry.ts";
import { readQuotes } from "../quote-drafts.ts";
import { creditInnerClauseReporters } from "./inner-clause-quote.ts";

/**
 * Reads `paragraphs`, gives the quote holding `words` to `inner` with a cue at `cue` (the mistake
 * an earlier rule makes), runs the correction and returns the quote's speaker name (null: none).
 */
function corrected(paragraphs: string[], words: string, inner: string, cue: string): string | null {
  const text = new ArticleText(handBuiltArticle(paragraphs.join("\n\n")));
  const registry = new EntityRegistry(text);
  const drafts = readQuotes(text, registry);
  const draft = drafts.find((d) => d.direct && text.body.slice(d.start, d.end).includes(words));
  if (draft === undefined) throw new Error(`no quote with "${words}"`);
  const entity = registry.entities.findIndex((e) => e.name === inner);
  if (entity < 0)
    throw new Error(`no entity "${inner}" in ${registry.entities.map((e) => e.name)}`);
  const at = text.body.indexOf(cue);
  draft.speaker = entity;
  draft.cue = { start: at, end: at + cue.length };
  creditInnerClauseReporters(text, registry, drafts);
  return typeof draft.speaker === "number" ? registry.nameOf(draft.speaker) : null;
}

describe("inner clause quote: words in a reported clause are the reporter's", () => {
  const opening = "Tarquil Roe and Ivo Vint met the crews on Thursday.";

  it("credits the reporter, not the owner of a claim the quote judges", () => {
    const lead = "Trust spokeswoman Ada Lund said Thursday that Vint's claim that";
    const said = `${lead} the Trust is in favour of selling the docks is “simply not true.”`;
    expect(corrected([opening, said], "simply not", "Ivo Vint", "Vint's claim that")).toBe(
      "Ada Lund",
    );
  });

  it("keeps the owner when the quote is part of the claim", () => {
    const said = "Ada Lund said that Vint's claim that the council is “utterly corrupt” was false.";
    expect(corrected([opening, said], "utterly", "Ivo Vint", "Vint's claim that")).toBe("Ivo Vint");
  });

  it("credits the reporter, not an infinitive's subject", () => {
    const said =
      "Ada Lund said she would like Roe to further explain his stance on the docks but backs him because there is “no question” he cares.";
    expect(corrected([opening, said], "no question", "Tarquil Roe", "Roe to further explain")).toBe(
      "Ada Lund",
    );
  });

  it("credits the reporter, not the subject of a closed relative clause", () => {
    const said =
      "Ada Lund said that the Trust's offer, which Roe has argued was meant to win over Vint voters, was an “insult to the crews.”";
    expect(corrected([opening, said], "insult", "Tarquil Roe", "Roe has argued")).toBe("Ada Lund");
  });

  it("keeps a speaker whose own verb of saying introduces the quote", () => {
    const said = "Ada Lund said that Roe told the crews the port was “finished for good.”";
    expect(corrected([opening, said], "finished", "Tarquil Roe", "Roe told")).toBe("Tarquil Roe");
  });

  it("leaves the quote without a speaker when the reporter is ambiguous", () => {
    const both = "Ada Lund and her sister Mia Lund joined them.";
    const said =
      "Lund said she would like Roe to further explain his plan because there is “no question” it matters.";
    expect(
      corrected([opening, both, said], "no question", "Tarquil Roe", "Roe to further explain"),
    ).toBe(null);
  });
});
