import { describe, expect, it } from "vitest";
import { handBuiltArticle } from "../../../../test/fixtures/extraction-gold/hand-built-article.ts";
import { extractArticle } from "../../../extract-article.ts";
import { ArticleText } from "../../article-text.ts";
import { EntityRegistry } from "../entity-registry.ts";

function registryOf(body: string): EntityRegistry {
  return new EntityRegistry(new ArticleText(handBuiltArticle(body)));
}

function titleSurnames(r: EntityRegistry, text: string) {
  return r.mentions.filter(
    (m) => m.form === "title-surname" && r.text.body.slice(m.start, m.end) === text,
  );
}

describe("a title-surname is resolved only to one of its own candidates", () => {
  const body =
    "Mr. Orm Lund and Mr. Tav Lund met Dr. Ivo Vint at the Harbour Council. Mr. Vint spoke first. " +
    "Mr. Lund said, “The port will reopen in spring.”";

  it("'Mr. Vint' resolved says nothing about 'Mr. Lund': two Lunds leave it ambiguous, never Vint", () => {
    const r = registryOf(body);
    const vint = r.entities.findIndex((e) => e.name === "Ivo Vint");
    const [mrVint] = titleSurnames(r, "Mr. Vint");
    expect(mrVint?.entity).toBe(vint);
    const [mrLund] = titleSurnames(r, "Mr. Lund");
    expect(mrLund).toBeDefined();
    expect(mrLund!.candidates.map((c) => r.entities[c]!.name).sort()).toEqual([
      "Orm Lund",
      "Tav Lund",
    ]);
    expect(mrLund!.entity).toBeNull();
    expect(mrLund!.ambiguous).toBe(true);
  });

  it("the quote after 'Mr. Lund said' is not given to Ivo Vint", () => {
    const x = extractArticle(handBuiltArticle(body));
    const quote = x.quotes.find((q) => q.text.startsWith("The port will reopen"));
    expect(quote).toBeDefined();
    const vint = x.entities.find((e) => e.name === "Ivo Vint");
    expect(quote!.speakerId).not.toBe(vint?.id);
  });

  it("the same title and surname still name the same person ('Mr. Lund' twice, one Lund)", () => {
    const r = registryOf(
      "Mr. Orm Lund met Dr. Ivo Vint. Mr. Lund spoke first. Mr. Vint answered. Mr. Lund left early.",
    );
    const lund = r.entities.findIndex((e) => e.name === "Orm Lund");
    const mentions = titleSurnames(r, "Mr. Lund");
    expect(mentions).toHaveLength(2);
    expect(mentions.every((m) => m.entity === lund && !m.ambiguous)).toBe(true);
  });
});
