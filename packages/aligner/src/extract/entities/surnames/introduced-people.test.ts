import { describe, expect, it } from "vitest";
import { handBuiltArticle } from "../../../../test/fixtures/extraction-gold/hand-built-article.ts";
import { extractArticle } from "../../../extract-article.ts";
import { ArticleText } from "../../article-text.ts";
import { EntityRegistry } from "../entity-registry.ts";

function registryOf(body: string): EntityRegistry {
  return new EntityRegistry(new ArticleText(handBuiltArticle(body)));
}

function mentionsOf(r: EntityRegistry, text: string) {
  return r.mentions.filter((m) => r.text.body.slice(m.start, m.end) === text);
}

describe("a surname names only the people introduced before it", () => {
  const body =
    "Ivo Lund, the harbour master, opened the new pier on Monday. " +
    "Mr. Lund said, “The port will reopen in spring.” " +
    "His father, Karl Lund, built the first quay in the town. " +
    "“He never stopped working,” Mr. Lund said.";

  it("'Mr. Lund' before Karl Lund is named is Ivo Lund, and so is every later 'Mr. Lund'", () => {
    const r = registryOf(body);
    const ivo = r.entities.findIndex((e) => e.name === "Ivo Lund");
    const mentions = mentionsOf(r, "Mr. Lund");
    expect(mentions).toHaveLength(2);
    for (const m of mentions) {
      expect(m.entity).toBe(ivo);
      expect(m.ambiguous).toBe(false);
    }
  });

  it("the quotes after 'Mr. Lund said' go to Ivo Lund", () => {
    const x = extractArticle(handBuiltArticle(body));
    const ivo = x.entities.find((e) => e.name === "Ivo Lund");
    for (const start of ["The port will reopen", "He never stopped"]) {
      const quote = x.quotes.find((q) => q.text.startsWith(start));
      expect(quote?.speakerId).toBe(ivo?.id);
    }
  });

  it("with both Lunds named before it, a first 'Mr. Lund' stays ambiguous", () => {
    const r = registryOf(
      "Ivo Lund and his father, Karl Lund, opened the new pier on Monday. " +
        "Mr. Lund said, “The port will reopen in spring.”",
    );
    const [m] = mentionsOf(r, "Mr. Lund");
    expect(m?.entity).toBeNull();
    expect(m?.ambiguous).toBe(true);
  });

  it("'Mr. Lund' is the one Lund named before it, even when no lexicon knows that one's gender", () => {
    const r = registryOf(
      "Orm Lund opened the new pier on Monday. Mr. Lund said, “The port will reopen.” " +
        "Tav Lund, a cousin, was there too.",
    );
    const orm = r.entities.findIndex((e) => e.name === "Orm Lund");
    const [m] = mentionsOf(r, "Mr. Lund");
    expect(m?.entity).toBe(orm);
    expect(m?.ambiguous).toBe(false);
  });

  it("'Ms. Lund' never goes to the Lund named before it when he is known to be a man", () => {
    const r = registryOf(
      "Ivo Lund opened the new pier on Monday. Ms. Lund said, “The port will reopen.” " +
        "Tav Lund, a cousin, was there too.",
    );
    const ivo = r.entities.findIndex((e) => e.name === "Ivo Lund");
    const [m] = mentionsOf(r, "Ms. Lund");
    expect(m?.entity).not.toBe(ivo);
  });

  it("a bare surname between the two names is the Lund named before it", () => {
    const r = registryOf(
      "Ada Lund, the harbour master, opened the new pier on Monday. " +
        "Lund said the port would reopen in spring. " +
        "Her brother, Ivo Lund, built the first quay.",
    );
    const ada = r.entities.findIndex((e) => e.name === "Ada Lund");
    const [m] = mentionsOf(r, "Lund");
    expect(m?.entity).toBe(ada);
  });
});
