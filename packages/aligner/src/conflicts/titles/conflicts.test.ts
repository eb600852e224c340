import type { StoryEntity } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { articleIdOf } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import { titleConflicts } from "./conflicts.ts";

const A = articleIdOf(0);
const B = articleIdOf(1);
const C = articleIdOf(2);

/** A person with one title per article, each written `before` the words given. */
function person(titles: [string, string, string?][]): {
  entity: StoryEntity;
  before: (t: StoryEntity["titles"][number]) => string;
} {
  const entity: StoryEntity = {
    id: "E1",
    kind: "person",
    name: "Rosa Lindqvist",
    titles: titles.map(([articleId, text]) => ({
      articleId,
      text,
      span: { articleId, start: 100, end: 100 + text.length },
    })),
    members: [],
    mentions: [],
  };
  const before = new Map(titles.map(([id, , words]) => [id, words ?? ""]));
  return { entity, before: (t) => before.get(t.articleId) ?? "" };
}

describe("titleConflicts: 'former' said as of its article's date", () => {
  // Day numbers of three publication days, a week apart.
  const days = new Map<string, number | null>([
    [A, 20_000],
    [B, 20_007],
    [C, null],
  ]);
  const dayOf = (id: string) => days.get(id) ?? null;
  const never = () => false;

  it("reads 'former campaign manager' a week after 'campaign manager' as no conflict", () => {
    const { entity, before } = person([
      [A, "campaign manager"],
      [B, "former campaign manager"],
    ]);
    expect(titleConflicts(entity, before, false, never, dayOf)).toEqual([]);
    // Without dates nothing is known of when he left: the conflict stands.
    expect(titleConflicts(entity, before)).toHaveLength(1);
  });

  it("reads no past marker against a title whose sentence tells the post was left", () => {
    const { entity, before } = person([
      [A, "campaign manager"],
      [B, "former campaign manager"],
    ]);
    // "the exodus of former campaign manager …": the leaving is the story's news.
    const leftInB = (t: StoryEntity["titles"][number]) => t.articleId === B;
    expect(titleConflicts(entity, before, false, never, () => null, leftInB)).toEqual([]);
    // "the decision to fire campaign manager …": the plain post named at its end.
    const leftInA = (t: StoryEntity["titles"][number]) => t.articleId === A;
    expect(titleConflicts(entity, before, false, never, () => null, leftInA)).toEqual([]);
    // A rank word still says which post: "deputy" is read whatever the news.
    const rank = person([
      [A, "harbour chief"],
      [B, "deputy harbour chief"],
    ]);
    expect(
      titleConflicts(
        rank.entity,
        rank.before,
        false,
        never,
        () => null,
        () => true,
      ),
    ).toHaveLength(1);
  });

  it("keeps 'former' a day after the plain post: one moment of one event", () => {
    const dayAfter = (id: string) => (id === B ? 20_001 : id === A ? 20_000 : null);
    const { entity, before } = person([
      [A, "campaign manager"],
      [B, "former campaign manager"],
    ]);
    expect(titleConflicts(entity, before, false, never, dayAfter)).toHaveLength(1);
  });

  it("keeps 'former' dated before the plain post, and a plain post in an undated article", () => {
    const earlier = person([
      [A, "former campaign manager"],
      [B, "campaign manager"],
    ]);
    expect(titleConflicts(earlier.entity, earlier.before, false, never, dayOf)).toHaveLength(1);
    const undated = person([
      [C, "campaign manager"],
      [B, "former campaign manager"],
    ]);
    expect(titleConflicts(undated.entity, undated.before, false, never, dayOf)).toHaveLength(1);
  });

  it("still reads a rank word ('deputy') against the plain post whatever the dates", () => {
    const { entity, before } = person([
      [A, "minister"],
      [B, "deputy minister"],
    ]);
    expect(titleConflicts(entity, before, false, never, dayOf)).toHaveLength(1);
  });
});

describe("titleConflicts: one post, held now or before", () => {
  it("reads a former post given again ('rehired her former lawyer') as no past post", () => {
    for (const words of ["the singer decided to rehire her ", "the board reinstated its "]) {
      const { entity, before } = person([
        [A, "lawyer"],
        [B, "former lawyer", words],
      ]);
      expect(titleConflicts(entity, before)).toEqual([]);
    }
    // Another verb before it leaves "former" a past post: "replaced her former lawyer"; so does
    // the verb without a possessive ("re-hired former lawyer Rosa Lindqvist": her own status).
    for (const words of ["the singer replaced her ", "the club re-hired "]) {
      const { entity, before } = person([
        [A, "lawyer"],
        [B, "former lawyer", words],
      ]);
      expect(titleConflicts(entity, before)).toHaveLength(1);
    }
  });

  it("flags 'former Fire Chief' against 'Fire Chief', and a cut 'Chief' read with its 'former'", () => {
    const whole = person([
      [A, "Fire Chief"],
      [B, "former Fire Chief"],
    ]);
    expect(titleConflicts(whole.entity, whole.before)[0]?.values.map((v) => v.text)).toEqual([
      "former Fire Chief",
      "Fire Chief",
    ]);
    const cut = person([
      [A, "Fire Chief"],
      [B, "Chief", "the county's former Fire "],
    ]);
    expect(titleConflicts(cut.entity, cut.before)).toHaveLength(1);
  });

  it("reads 'then-Governor', 'ex-Governor' and 'the late Governor' as agreeing with 'former Governor'", () => {
    for (const [text, words] of [
      ["Governor", "appointed by then-"],
      ["ex-Governor", ""],
      ["Governor", "a tribute to the late "],
    ] as const) {
      const { entity, before } = person([
        [A, "former Governor"],
        [B, text, words],
      ]);
      expect(titleConflicts(entity, before)).toEqual([]);
    }
  });

  it("does not flag 'the late Senator' against 'Senator': a death is no other post", () => {
    const { entity, before } = person([
      [A, "Senator", "a bill named for the late "],
      [B, "Senator", "a speech by "],
    ]);
    expect(titleConflicts(entity, before)).toEqual([]);
  });

  it("compares no posts in two places ('former Harbor Authority chairman' / 'Rail Board chairman')", () => {
    const { entity, before } = person([
      [A, "former Harbor Authority chairman"],
      [B, "Rail Board chairman"],
      [C, "chairman"],
    ]);
    // Only the outlet that names no place is set against the former post.
    expect(titleConflicts(entity, before)[0]?.values.map((v) => v.articleId)).toEqual([A, C]);
    const two = person([
      [A, "former Harbor Authority chairman"],
      [B, "Rail Board chairman"],
    ]);
    expect(titleConflicts(two.entity, two.before)).toEqual([]);
  });
});

describe("titleConflicts: a place written by its initials", () => {
  it("reads 'Harbor Safety Board' and 'HSB' as one place of one post", () => {
    const { entity, before } = person([
      [A, "former Harbor Safety Board director"],
      [B, "HSB director"],
    ]);
    expect(titleConflicts(entity, before)).toHaveLength(1);
  });

  it("reads initials of a name holding title words ('NPC' of 'Norland Party Committee')", () => {
    // "Party" and "National" are title words, no place words, yet their initials are written.
    const { entity, before } = person([
      [A, "former NPC chairman"],
      [B, "Norland Party Committee chairman"],
    ]);
    expect(titleConflicts(entity, before)).toHaveLength(1);
    const national = person([
      [A, "Former Castlebay National Council chair"],
      [B, "CNC chair"],
    ]);
    expect(titleConflicts(national.entity, national.before)).toHaveLength(1);
    const other = person([
      [A, "former NPC chairman"],
      [B, "Castlebay Port Authority chairman"],
    ]);
    expect(titleConflicts(other.entity, other.before)).toEqual([]);
  });
});

describe("titleConflicts: one post for a man, a woman or either", () => {
  it("reads 'chairwoman', 'chairman' and 'chair' as one post", () => {
    const { entity, before } = person([
      [A, "former NPC chairwoman"],
      [B, "NPC Chair"],
      [C, "NPC chairman"],
    ]);
    expect(titleConflicts(entity, before)[0]?.values.map((v) => v.articleId)).toEqual([A, B, C]);
    // Another post is still another post.
    const spokes = person([
      [A, "former NPC chairwoman"],
      [B, "NPC spokeswoman"],
    ]);
    expect(titleConflicts(spokes.entity, spokes.before)).toEqual([]);
  });
});

describe("titleConflicts: one place named more fully", () => {
  it("compares 'former Otters coach' with 'Riverside Otters coach' and 'coach'", () => {
    const { entity, before } = person([
      [A, "former Otters coach"],
      [B, "Riverside Otters coach"],
      [C, "coach"],
    ]);
    expect(titleConflicts(entity, before)[0]?.values.map((v) => v.articleId)).toEqual([A, B, C]);
  });
});

describe("titleConflicts: one place written two ways", () => {
  it("reads 'Korean' and 'Korea' as one place", () => {
    const { entity, before } = person([
      [A, "former Korean envoy"],
      [B, "Korea envoy"],
    ]);
    expect(titleConflicts(entity, before)).toHaveLength(1);
  });
});

describe("titleConflicts: a title compared whole, not a clause", () => {
  it("reads no post in a relative clause ('a rival whom the mayor fired as harbour master')", () => {
    const { entity, before } = person([
      [A, "former harbour master"],
      [B, "rival whom the mayor fired as harbour master a few weeks ago"],
    ]);
    expect(titleConflicts(entity, before)).toEqual([]);
    const plain = person([
      [A, "former harbour master"],
      [B, "harbour master"],
    ]);
    expect(titleConflicts(plain.entity, plain.before)).toHaveLength(1);
  });

  it("reads a plain title after a noun of a period in office as the post then held", () => {
    const { entity, before } = person([
      [A, "former Governor"],
      [B, "Governor", "back to the administration of "],
    ]);
    expect(titleConflicts(entity, before)).toEqual([]);
    // The programme of that period names the post as it was then too.
    const agenda = person([
      [A, "former Governor"],
      [B, "Governor", "came to dominate the agenda of "],
    ]);
    expect(titleConflicts(agenda.entity, agenda.before)).toEqual([]);
    // Several periods of several holders: "the administrations of Governor A and Governor B".
    const both = person([
      [A, "former Governor"],
      [B, "Governor", "served in the administrations of "],
    ]);
    expect(titleConflicts(both.entity, both.before)).toEqual([]);
    // "under" stays a plain title: "the first vote held under Governor …" is said of one in office.
    const under = person([
      [A, "former Governor"],
      [B, "Governor", "the first vote held under "],
    ]);
    expect(titleConflicts(under.entity, under.before)).toHaveLength(1);
  });
});

describe("titleConflicts: a plain title told of then", () => {
  it("reads no 'former' against a title the callback says names the post as it was", () => {
    const { entity, before } = person([
      [A, "Governor"],
      [B, "former Governor"],
    ]);
    expect(titleConflicts(entity, before)).toHaveLength(1);
    expect(titleConflicts(entity, before, false, (t) => t.articleId === A)).toEqual([]);
    // A rank word still is read: "Deputy Governor" against a quoted "Governor" names another post.
    const rank = person([
      [A, "Governor"],
      [B, "Deputy Governor"],
    ]);
    expect(titleConflicts(rank.entity, rank.before, false, (t) => t.articleId === A)).toHaveLength(
      1,
    );
  });

  it("reads 'fired' or 'ousted' before a post as agreeing with 'former'", () => {
    for (const [text, words] of [
      ["campaign manager", "Ivo Vint’s fired "],
      ["ousted chairman", ""],
      ["retired general", ""],
    ] as const) {
      const { entity, before } = person([
        [A, "former campaign manager"],
        [B, text, words],
      ]);
      expect(titleConflicts(entity, before)).toEqual([]);
    }
    // A participle of something else is no past marker: "trusted campaign manager" is held now.
    const held = person([
      [A, "former campaign manager"],
      [B, "campaign manager", "Ivo Vint’s trusted "],
    ]);
    expect(titleConflicts(held.entity, held.before)).toHaveLength(1);
  });

  it("reads 'former' three words before a cut title ('Former Vint campaign manager')", () => {
    const { entity, before } = person([
      [A, "former campaign manager"],
      [B, "manager", "Former Vint campaign "],
    ]);
    expect(titleConflicts(entity, before)).toEqual([]);
    // Past a possessive the "former" is its owner's: "the former mayor's campaign manager".
    const owner = person([
      [A, "former campaign manager"],
      [B, "manager", "the former mayor’s campaign "],
    ]);
    expect(titleConflicts(owner.entity, owner.before)).toHaveLength(1);
  });

  it("compares posts by the title's own words, not the words before it", () => {
    // "running against former Secretary" and "matchup against Mrs." share only "against".
    const { entity, before } = person([
      [A, "former Secretary of State", "the senator, running against "],
      [B, "Mrs.", "a general election matchup against "],
    ]);
    expect(titleConflicts(entity, before)).toEqual([]);
    // A cut title still takes its status word from before it.
    const cut = person([
      [A, "President", "met Former "],
      [B, "President", "the summit with "],
    ]);
    expect(titleConflicts(cut.entity, cut.before)).toHaveLength(1);
  });

  it("reads 'chief' and 'head' of one named place as one post ('Former HSB chief' / 'HSB head')", () => {
    const { entity, before } = person([
      [A, "HSB chief", "Former "],
      [B, "HSB head"],
    ]);
    expect(titleConflicts(entity, before)).toHaveLength(1);
    // Another place, or no place at all: not one post.
    for (const other of ["RPA head", "head"]) {
      const two = person([
        [A, "HSB leader", "Former "],
        [B, other],
      ]);
      expect(titleConflicts(two.entity, two.before)).toEqual([]);
    }
  });

  it("reads no status word across punctuation before a title ('a deputy. Judge')", () => {
    for (const words of ["the gunman shot a deputy. ", "beside the deputy, "]) {
      const { entity, before } = person([
        [A, "Court Judge"],
        [B, "Court Judge", words],
      ]);
      expect(titleConflicts(entity, before)).toEqual([]);
    }
  });
});

describe("titleConflicts: a 'former' said of a time to come", () => {
  it("reads no conflict in 'once Vint is former president' against a plain 'President'", () => {
    const { entity, before } = person([
      [A, "President"],
      [B, "former president", "That will matter more, especially once Lindqvist is "],
    ]);
    expect(titleConflicts(entity, before)).toEqual([]);
    // The outlet's own "former", said now, stands against the plain post.
    const now = person([
      [A, "President"],
      [B, "former president", "It was praised by "],
    ]);
    expect(titleConflicts(now.entity, now.before)).toHaveLength(1);
  });
});

describe("titleConflicts: a synonym of 'former'", () => {
  it("reads 'previous Secretary' as agreeing with 'former secretary'", () => {
    const { entity, before } = person([
      [A, "former secretary of state"],
      [B, "Secretary of State", "the film leaves out Ivo Vint and previous "],
    ]);
    expect(titleConflicts(entity, before)).toEqual([]);
    const plain = person([
      [A, "former secretary of state"],
      [B, "Secretary of State", "the film leaves out Ivo Vint and "],
    ]);
    expect(titleConflicts(plain.entity, plain.before)).toHaveLength(1);
  });
});
