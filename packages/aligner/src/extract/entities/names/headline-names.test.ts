import { parseArticle } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { ownerOf, personNames } from "../../../../test/support/entity-lookups.ts";
import { extractArticle } from "../../../extract-article.ts";

function read(text: string) {
  return extractArticle(parseArticle({ text, outlet: "Test Wire" }));
}

describe("a person the headline names in full and the body by surname", () => {
  it("'Oyelade' in the body is the headline's Laura Oyelade, not an unknown one-word person", () => {
    const x = read(
      "Laura Oyelade checks into clinic\n\nShe checked in today.\n\nOyelade had agreed to the stay, her lawyer Mark Heddle said.",
    );
    expect(ownerOf(x, "Oyelade")).toEqual(["Laura Oyelade"]);
    expect(personNames(x)).toEqual(["Laura Oyelade", "Mark Heddle"]);
  });

  it("the body's own full name wins, and a headline person the body never names is left out", () => {
    const x = read(
      "Laura Oyelade and Ruth Vance lead the vote\n\nJoan Oyelade, her sister, said Oyelade would win.",
    );
    expect(ownerOf(x, "Oyelade")).toEqual(["Joan Oyelade"]);
    expect(x.entities.map((e) => e.name)).not.toContain("Laura Oyelade");
    expect(x.entities.map((e) => e.name)).not.toContain("Ruth Vance");
  });
});
