import type { Entity } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { articleIdOf } from "../test/fixtures/alignment-gold/make-unit.ts";
import { buildStoryEntities } from "./story-entities.ts";
import { clashingInitials, middleInitials } from "./story-middle-initials.ts";

function person(id: string, name: string): Entity {
  return { id, kind: "person", name, titles: [], mentions: [] };
}

/** The number of story entities when each name is an article of its own. */
function people(...names: string[]): number {
  return buildStoryEntities(
    names.map((name, i) => ({ articleId: articleIdOf(i), entities: [person("e0", name)] })),
  ).entities.length;
}

describe("middleInitials", () => {
  it("reads one- and two-letter middles, not middle names or particles", () => {
    const particles = new Set(["de", "la"]);
    expect(middleInitials(["ada", "q", "lund"], particles)).toBe("q");
    expect(middleInitials(["ada", "h", "w", "lund"], particles)).toBe("hw");
    expect(middleInitials(["ada", "hw", "lund"], particles)).toBe("hw");
    expect(middleInitials(["ada", "maria", "lund"], particles)).toBeNull();
    expect(middleInitials(["ada", "de", "la", "lund"], particles)).toBeNull();
    expect(middleInitials(["ada", "lund"], particles)).toBeNull();
  });

  it("finds a name written with two initials neither of which starts the other", () => {
    const names = (...initials: (string | null)[]) =>
      initials.map((i) => ({ tokens: ["ada", "lund"], initials: i }));
    expect([...clashingInitials(names("w", "hw"))]).toEqual(["ada lund"]);
    expect([...clashingInitials(names("q", "p", null))]).toEqual(["ada lund"]);
    expect([...clashingInitials(names("j", "jo", null))]).toEqual([]);
    expect([...clashingInitials(names("q", "q"))]).toEqual([]);
  });
});

describe("buildStoryEntities with middle initials", () => {
  it("keeps 'Ada Q. Lund' and 'Ada Lund' one person when the story writes no other initial", () => {
    expect(people("Ada Q. Lund", "Ada Lund", "Lund")).toBe(1);
    expect(people("Ada H.W. Lund", "Ada Lund")).toBe(1);
  });

  it("keeps father and son apart: 'Ada W. Lund' and 'Ada H.W. Lund', the plain name on its own", () => {
    expect(people("Ada W. Lund", "Ada H.W. Lund")).toBe(2);
    expect(people("Ada Q. Lund", "Ada P. Lund", "Ada Lund")).toBe(3);
    expect(people("Ada Q. Lund", "Ada P. Lund", "Lund")).toBe(3);
  });
});
