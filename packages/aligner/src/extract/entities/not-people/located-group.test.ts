import { describe, expect, it } from "vitest";
import { handBuiltArticle } from "../../../../test/fixtures/extraction-gold/hand-built-article.ts";
import { personNames } from "../../../../test/support/entity-lookups.ts";
import { extractArticle } from "../../../extract-article.ts";
import { namePlacesAGroup } from "./located-group.ts";

const placesAGroup = (phrase: string, name: string) =>
  namePlacesAGroup(phrase, phrase.length - name.length);

describe("a name after a people noun and a place preposition places the group", () => {
  it("reads police, officials and residents by where they are", () => {
    expect(placesAGroup("police in Orvalia", "Orvalia")).toBe(true);
    expect(placesAGroup("Officials at Lakeside", "Lakeside")).toBe(true);
    expect(placesAGroup("residents near Trevona Falls", "Trevona Falls")).toBe(true);
  });

  it("leaves a person, a verb or another preposition before the name", () => {
    expect(placesAGroup("Ivo Lund in Orvalia", "Orvalia")).toBe(false);
    expect(placesAGroup("who lives in Orvalia", "Orvalia")).toBe(false);
    expect(placesAGroup("supporters of Ivo Lund", "Ivo Lund")).toBe(false);
  });

  it("the group speaks and the place is no person", () => {
    const x = extractArticle(
      handBuiltArticle(
        "The suspect hanged himself in his cell, police in Orvalia said on Wednesday.",
      ),
    );
    expect(personNames(x)).not.toContain("Orvalia");
    const speaker = x.entities.find((e) => e.id === x.quotes[0]?.speakerId);
    expect(speaker?.name).toBe("police in Orvalia");
  });

  it("a person living somewhere still speaks", () => {
    const x = extractArticle(
      handBuiltArticle("Ivo Lund, who lives in Orvalia, said the suspect had fled."),
    );
    expect(x.entities.find((e) => e.id === x.quotes[0]?.speakerId)?.name).toBe("Ivo Lund");
  });
});
