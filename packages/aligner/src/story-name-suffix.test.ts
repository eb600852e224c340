import type { Entity } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { articleIdOf } from "../test/fixtures/alignment-gold/make-unit.ts";
import { buildStoryEntities } from "./story-entities.ts";
import { droppableSuffixes, splitSuffix } from "./story-name-suffix.ts";

function person(id: string, name: string): Entity {
  return { id, kind: "person", name, titles: [], mentions: [] };
}

/** The story entities' names when each name is an article of its own. */
function story(...names: string[]): string[] {
  return buildStoryEntities(
    names.map((name, i) => ({ articleId: articleIdOf(i), entities: [person("e0", name)] })),
  )
    .entities.map((e) => e.name)
    .sort();
}

describe("splitSuffix", () => {
  it("parts a generational suffix from a given name and surname, not from less", () => {
    expect(splitSuffix(["ada", "lund", "jr"])).toEqual({ tokens: ["ada", "lund"], suffix: "jr" });
    expect(splitSuffix(["ada", "lund", "iii"])).toEqual({ tokens: ["ada", "lund"], suffix: "iii" });
    expect(splitSuffix(["lund", "jr"])).toEqual({ tokens: ["lund", "jr"], suffix: null });
    expect(splitSuffix(["ada", "ii"])).toEqual({ tokens: ["ada", "ii"], suffix: null });
    expect(splitSuffix(["ada", "lund"])).toEqual({ tokens: ["ada", "lund"], suffix: null });
  });

  it("lets a suffix be left out only where the story writes one suffix with that name", () => {
    const one = droppableSuffixes([
      { tokens: ["ada", "lund"], suffix: "jr" },
      { tokens: ["ada", "lund"], suffix: null },
    ]);
    expect([...one]).toEqual([["ada lund", "jr"]]);
    const two = droppableSuffixes([
      { tokens: ["ada", "lund"], suffix: "jr" },
      { tokens: ["ada", "lund"], suffix: "sr" },
    ]);
    expect([...two]).toEqual([]);
  });
});

describe("buildStoryEntities with generational suffixes", () => {
  it("keeps 'Ada Lund Jr.', 'Ada Q. Lund Jr.', 'Ada Lund' and a lone 'Lund' as one person", () => {
    expect(story("Ada Lund Jr.", "Ada Lund")).toHaveLength(1);
    expect(story("Ada Q. Lund Jr.", "Ada Lund", "Lund")).toHaveLength(1);
    expect(story("Ivo van Vint III", "Ivo van Vint")).toHaveLength(1);
  });

  it("keeps father and son apart: 'Ada Lund Sr.' and 'Ada Lund Jr.', the plain name on its own", () => {
    expect(story("Ada Lund Sr.", "Ada Lund Jr.", "Ada Lund")).toHaveLength(3);
  });

  it("gives the plain name the one suffix no article writes beside it as someone else", () => {
    // One article keeps Ada Lund and her son Ada Lund Jr. apart: elsewhere the plain name is Sr.
    const built = buildStoryEntities([
      { articleId: articleIdOf(0), entities: [person("e0", "Ada Lund Sr.")] },
      {
        articleId: articleIdOf(1),
        entities: [person("e0", "Ada Lund"), person("e1", "Ada Lund Jr.")],
      },
      { articleId: articleIdOf(2), entities: [person("e0", "Ada Lund")] },
    ]);
    expect(built.entities.map((e) => [e.name, e.members.length]).sort()).toEqual([
      ["Ada Lund Jr.", 1],
      ["Ada Lund Sr.", 3],
    ]);
    const alone = buildStoryEntities([
      {
        articleId: articleIdOf(0),
        entities: [person("e0", "Ada Lund"), person("e1", "Ada Lund Jr.")],
      },
      { articleId: articleIdOf(1), entities: [person("e0", "Ada Lund Jr.")] },
    ]);
    expect(alone.entities).toHaveLength(2);
  });

  it("keeps different people who share a surname apart", () => {
    expect(story("Ada Lund Jr.", "Bo Lund")).toHaveLength(2);
    expect(story("Ada Lund Jr.", "Bo Lund", "Lund")).toHaveLength(3);
    expect(story("King Ada II", "Ada Lund")).toHaveLength(2);
  });
});
