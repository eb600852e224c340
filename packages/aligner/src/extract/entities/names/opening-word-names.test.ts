import { describe, expect, it } from "vitest";
import { handBuiltArticle } from "../../../../test/fixtures/extraction-gold/hand-built-article.ts";
import { extractArticle } from "../../../extract-article.ts";
import { ArticleText } from "../../article-text.ts";
import { EntityRegistry } from "../entity-registry.ts";

function registryOf(body: string): EntityRegistry {
  return new EntityRegistry(new ArticleText(handBuiltArticle(body)));
}

describe("a word opening the sentence before a known surname is no given name", () => {
  const body =
    "The harbour grew fast after Ivo Lund took over the pier. " +
    "Interestingly Lund, a former pilot, had never run a port. " +
    "Lund said, “The quay will be ready by spring.”";

  it("'Interestingly Lund' is a mention of Ivo Lund, not a second person", () => {
    const r = registryOf(body);
    const people = r.entities.filter((e) => e.kind === "person" && !e.unnamed).map((e) => e.name);
    expect(people).toEqual(["Ivo Lund"]);
    const ivo = r.entities.findIndex((e) => e.name === "Ivo Lund");
    const start = body.indexOf("Lund, a former");
    const m = r.mentions.find((o) => o.start === start);
    expect(m?.form).toBe("surname");
    expect(m?.entity).toBe(ivo);
  });

  it("the later 'Lund said' is no longer ambiguous: the quote goes to Ivo Lund", () => {
    const x = extractArticle(handBuiltArticle(body));
    expect(x.entities.map((e) => e.name)).not.toContain("Interestingly Lund");
    const ivo = x.entities.find((e) => e.name === "Ivo Lund");
    const quote = x.quotes.find((q) => q.text.startsWith("The quay"));
    expect(quote?.speakerId).toBe(ivo?.id);
  });

  it("a name also written inside a sentence stays a person of its own", () => {
    const r = registryOf(
      "Ivo Lund took over the pier from Dr. Orm Lund last year. Orm Lund left for the coast.",
    );
    const people = r.entities.filter((e) => e.kind === "person" && !e.unnamed).map((e) => e.name);
    expect(people).toContain("Orm Lund");
  });

  it("with no Lund named by a known given name, the opening name is kept", () => {
    const r = registryOf("Interestingly Lund, a former pilot, had never run a port. Lund left.");
    const people = r.entities.filter((e) => e.kind === "person" && !e.unnamed).map((e) => e.name);
    expect(people).not.toContain("Ivo Lund");
    expect(r.mentions.some((m) => m.form === "name")).toBe(people.includes("Interestingly Lund"));
  });
});
