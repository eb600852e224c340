import type { Entity } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { articleIdOf } from "../test/fixtures/alignment-gold/make-unit.ts";
import { buildStoryEntities } from "./story-entities.ts";

function person(id: string, name: string, titles: string[] = []): Entity {
  const articleId = articleIdOf(0);
  return {
    id,
    kind: "person",
    name,
    titles: titles.map((text) => ({ text, span: { articleId, start: 0, end: text.length } })),
    mentions: [],
  };
}

describe("buildStoryEntities", () => {
  it("joins a surname to the one full name that has it, and leaves it alone when two do", () => {
    const one = buildStoryEntities([
      { articleId: articleIdOf(0), entities: [person("e0", "Anton Veld")] },
      { articleId: articleIdOf(1), entities: [person("e0", "Veld")] },
    ]);
    expect(one.entities).toHaveLength(1);
    const two = buildStoryEntities([
      {
        articleId: articleIdOf(0),
        entities: [person("e0", "Kim Tae-hun"), person("e1", "Kim Do-hyun")],
      },
      { articleId: articleIdOf(1), entities: [person("e0", "Kim", ["Minister"])] },
    ]);
    expect(two.entities.map((e) => e.name).sort()).toEqual(["Kim", "Kim Do-hyun", "Kim Tae-hun"]);
  });

  it("joins two forms of one given name ('Fred' / 'Frederick C.'), never two people", () => {
    const story = (a: string, b: string) =>
      buildStoryEntities([
        { articleId: articleIdOf(0), entities: [person("e0", a)] },
        { articleId: articleIdOf(1), entities: [person("e0", b), person("e1", "Orrin")] },
      ]).entities.map((e) => e.name);
    expect(story("Fred Orrin", "Frederick C. Orrin")).toHaveLength(1);
    expect(story("Katie Orrin", "Kathryn Orrin")).toHaveLength(1);
    expect(story("Bill Orrin", "Hillary Orrin")).toHaveLength(3);
    expect(story("Chris Orrin", "Christine Orrin")).toHaveLength(3);
  });

  it("reads a person noun or job title before a name as no part of it ('Actress Jane Roe' = 'Jane Roe')", () => {
    const index = buildStoryEntities([
      { articleId: articleIdOf(0), entities: [person("e0", "Actress Tarlo Reidy")] },
      { articleId: articleIdOf(1), entities: [person("e0", "Tarlo Reidy")] },
      { articleId: articleIdOf(2), entities: [person("e0", "Reidy")] },
    ]);
    expect(index.entities).toHaveLength(1);
    expect(index.entities[0]?.members).toHaveLength(3);
  });

  it("joins two forms of one given name among relatives of that surname, not three forms", () => {
    const names = (...lists: string[][]) =>
      buildStoryEntities(
        lists.map((list, i) => ({
          articleId: articleIdOf(i),
          entities: list.map((name, j) => person(`e${j}`, name)),
        })),
      )
        .entities.map((e) => e.name)
        .sort();
    expect(names(["Fred Orrin", "Joyce Orrin"], ["Frederick C. Orrin", "Ike Orrin"])).toEqual([
      "Frederick C. Orrin",
      "Ike Orrin",
      "Joyce Orrin",
    ]);
    expect(names(["Kate Orrin", "Katie Orrin"], ["Kathryn Orrin"])).toHaveLength(3);
  });

  it("joins a name written surname-first in one outlet and given-name-first in another", () => {
    const index = buildStoryEntities([
      { articleId: articleIdOf(0), entities: [person("e0", "Sato Kenji")] },
      { articleId: articleIdOf(1), entities: [person("e0", "Kenji Sato")] },
      { articleId: articleIdOf(2), entities: [person("e0", "Sato")] },
    ]);
    expect(index.entities).toHaveLength(1);
    expect(index.entities[0]?.members).toHaveLength(3);
  });

  it("gives the same ids whatever the order of the articles' entities", () => {
    const a = {
      articleId: articleIdOf(0),
      entities: [person("e0", "Oren Talbeck"), person("e1", "Anton Veld")],
    };
    const b = { articleId: articleIdOf(1), entities: [person("e0", "Anton Veld")] };
    const forward = buildStoryEntities([a, b]).entities.map((e) => `${e.id}:${e.name}`);
    const swapped = buildStoryEntities([
      { ...a, entities: [...a.entities].reverse() },
      b,
    ]).entities.map((e) => `${e.id}:${e.name}`);
    expect(swapped).toEqual(forward);
  });
});

describe("one identity per person across articles (titles, honorifics, initials)", () => {
  it("'Jane Q. Roe', 'President Roe' and 'Mrs. Roe' are one person; 'Mrs. Roe' never joins Edward Roe", () => {
    const one = buildStoryEntities([
      { articleId: articleIdOf(0), entities: [person("e0", "Jane Q. Roe")] },
      { articleId: articleIdOf(1), entities: [person("e0", "President Roe")] },
      { articleId: articleIdOf(2), entities: [person("e0", "Mrs. Roe")] },
    ]);
    expect(one.entities).toHaveLength(1);
    const apart = buildStoryEntities([
      { articleId: articleIdOf(0), entities: [person("e0", "Edward Roe")] },
      { articleId: articleIdOf(1), entities: [person("e0", "Mrs. Roe")] },
      { articleId: articleIdOf(2), entities: [person("e0", "Mr. Roe")] },
    ]);
    expect(apart.entities.map((e) => e.members.length).sort()).toEqual([1, 2]);
    expect(apart.entities.find((e) => e.members.length === 2)?.name).toBe("Edward Roe");
  });
});

describe("buildStoryEntities: a couple sharing one surname stays two people", () => {
  const joined = (other: string) =>
    buildStoryEntities([
      {
        articleId: articleIdOf(0),
        entities: [person("e0", "Ada Lund"), person("e1", "Ivo Lund")],
      },
      { articleId: articleIdOf(1), entities: [person("e0", other)] },
    ])
      .entities.filter((e) => e.members.length > 1)
      .map((e) => e.name);

  it("a bare 'Lund' in another outlet joins neither Ada nor Ivo Lund", () => {
    expect(joined("Lund")).toEqual([]);
  });

  it("'Mrs. Lund' joins the woman and 'Mr. Lund' the man, by the given name's gender", () => {
    expect(joined("Mrs. Lund")).toEqual(["Ada Lund"]);
    expect(joined("Mr. Lund")).toEqual(["Ivo Lund"]);
  });
});

describe("buildStoryEntities: surnames with particles and middle names", () => {
  const names = (articles: string[][]) =>
    buildStoryEntities(
      articles.map((list, i) => ({
        articleId: articleIdOf(i),
        entities: list.map((name, j) => person(`e${j}`, name)),
      })),
    )
      .entities.map((e) => e.members.length)
      .sort();

  it("a surname with its particle alone joins the one full name that has it", () => {
    expect(
      names([["Dario Lo Vetro"], ["Lo Vetro"], ["Ilse von der Hahn"], ["von der Hahn"]]),
    ).toEqual([2, 2]);
  });

  it("a full name with and without a middle name is one person; two different middle names stay apart", () => {
    expect(names([["Robyn Norma Fenwick"], ["Robyn Fenwick"], ["Robyn T. Fenwick"]])).toEqual([3]);
    expect(names([["Ada Mae Quill"], ["Ada Quill"], ["Ada June Quill"]])).toEqual([1, 1, 1]);
  });
});
