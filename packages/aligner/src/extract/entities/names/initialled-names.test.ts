import { describe, expect, it } from "vitest";
import { handBuiltArticle } from "../../../../test/fixtures/extraction-gold/hand-built-article.ts";
import { extractArticle } from "../../../extract-article.ts";
import { initialledName } from "./initialled-names.ts";

function speakers(text: string): string[] {
  const x = extractArticle(handBuiltArticle(text));
  return x.quotes.map((q) => {
    const entity = x.entities.find((e) => e.id === q.speakerId);
    return entity?.name ?? "unknown";
  });
}

describe("initialledName", () => {
  it("drops middle initials and keeps them apart", () => {
    expect(initialledName("Ivo K. Vint")).toEqual({
      bare: initialledName("Ivo Vint")?.bare,
      initials: "k.",
    });
    expect(initialledName("Ivo H. W. Vint")?.initials).toBe("h.w.");
    expect(initialledName("Vint")).toBeNull();
    expect(initialledName("J. Vint")).toBeNull();
  });
});

describe("one person with and without a middle initial", () => {
  it("gives 'Mr. Vint' to the one Ivo Vint, named first with his initial", () => {
    const text =
      "Ivo K. Vint opened the harbour hearing on Monday.\n\n" +
      "Ivo Vint later met the council, and his brother Per Vint waited outside.\n\n" +
      "“The port will reopen in spring,” Mr. Vint said.";
    expect(speakers(text)).toEqual(["Ivo K. Vint"]);
  });

  it("keeps two different initials apart, and their bare name names neither", () => {
    const text =
      "Ivo K. Vint and his father, Ivo R. Vint, opened the harbour hearing on Monday.\n\n" +
      "Ivo Vint met the council.\n\n" +
      "“The port will reopen in spring,” Mr. Vint said.";
    expect(speakers(text)).toEqual(["unknown"]);
  });
});
