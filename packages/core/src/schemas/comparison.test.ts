import { describe, expect, it } from "vitest";
import { type Comparison, ComparisonSchema } from "./comparison.ts";

const A = "0123456789abcdef";
const B = "fedcba9876543210";
const span = (articleId: string, start: number, end: number) => ({ articleId, start, end });

/** A two-outlet comparison in which both outlets quote one person, by name and by pronoun. */
function comparison(): Comparison {
  const kim = { status: "resolved" as const, entityId: "E0", name: "Anna Kowal" };
  return {
    alignerVersion: "test",
    articleIds: [A, B],
    groups: [
      {
        id: "g1",
        statements: [
          {
            articleId: A,
            claimId: "c0",
            span: span(A, 0, 40),
            text: '"We agreed," said Anna Kowal on Monday.',
            attribution: {
              kind: "direct",
              speaker: kim,
              quotes: [
                { direct: true, span: span(A, 1, 10), text: "We agreed", speaker: kim, via: null },
              ],
            },
          },
          {
            articleId: B,
            claimId: "c3",
            span: span(B, 10, 40),
            text: "She said they had agreed.",
            attribution: {
              kind: "indirect",
              speaker: kim,
              quotes: [
                {
                  direct: false,
                  span: span(B, 19, 34),
                  text: "they had agreed",
                  speaker: kim,
                  via: null,
                },
              ],
            },
          },
        ],
        relation: "agree",
        conflicts: [],
        evidence: [{ kind: "speaker", label: "Anna Kowal", weight: 1 }],
        score: 0.8,
        diffs: [],
      },
      {
        id: "g2",
        statements: [
          {
            articleId: B,
            claimId: "c4",
            span: span(B, 41, 60),
            text: "The plant reopened.",
            attribution: {
              kind: "none",
              speaker: { status: "unknown", entityId: null, name: null },
              quotes: [],
            },
          },
        ],
        relation: "unique",
        conflicts: [],
        evidence: [],
        score: 1,
        diffs: [],
      },
    ],
    entities: [
      {
        id: "E0",
        kind: "person",
        name: "Anna Kowal",
        titles: [],
        members: [
          { articleId: A, entityId: "e0" },
          { articleId: B, entityId: "e2" },
        ],
        mentions: [
          { articleId: A, span: span(A, 18, 28), text: "Anna Kowal", form: "name" },
          { articleId: B, span: span(B, 10, 13), text: "She", form: "pronoun" },
        ],
      },
    ],
    timeline: [],
    coverage: [],
    figures: [],
    events: [
      {
        id: "v1",
        action: "agree",
        main: false,
        participantIds: ["E0"],
        statements: [
          { articleId: A, claimId: "c0", span: span(A, 0, 40), groupId: "g1" },
          { articleId: B, claimId: "c0", span: span(B, 10, 40), groupId: "g1" },
        ],
        groupIds: ["g1"],
        articleIds: [A, B],
      },
    ],
  };
}

describe("ComparisonSchema attribution", () => {
  it("round-trips statements' attributions and entities' mentions through JSON unchanged", () => {
    const original = comparison();
    expect(ComparisonSchema.parse(JSON.parse(JSON.stringify(original)))).toEqual(original);
  });

  it("refuses a statement without its attribution, as a comparison cached before it had one", () => {
    const old = comparison() as unknown as { groups: { statements: Record<string, unknown>[] }[] };
    delete old.groups[0]?.statements[0]?.attribution;
    const result = ComparisonSchema.safeParse(old);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["groups", 0, "statements", 0, "attribution"]);
  });

  it("refuses an unknown attribution kind or speaker status, and an entity without mentions", () => {
    const badKind = comparison() as unknown as {
      groups: { statements: { attribution: { kind: string; speaker: { status: string } } }[] }[];
    };
    (badKind.groups[0]?.statements[0]?.attribution as { kind: string }).kind = "hearsay";
    expect(ComparisonSchema.safeParse(badKind).success).toBe(false);
    const badStatus = comparison() as unknown as typeof badKind;
    (badStatus.groups[0]?.statements[0]?.attribution.speaker as { status: string }).status =
      "guessed";
    expect(ComparisonSchema.safeParse(badStatus).success).toBe(false);
    const noMentions = comparison() as unknown as { entities: Record<string, unknown>[] };
    delete noMentions.entities[0]?.mentions;
    expect(ComparisonSchema.safeParse(noMentions).success).toBe(false);
  });
});

describe("ComparisonSchema events", () => {
  it("reads a comparison stored before events existed as one with no events", () => {
    const old = comparison() as unknown as Record<string, unknown>;
    delete old.events;
    expect(ComparisonSchema.parse(old).events).toEqual([]);
  });

  it("refuses an event told by one statement, or one whose statement has no claim group", () => {
    const lone = comparison();
    lone.events[0]?.statements.pop();
    expect(ComparisonSchema.safeParse(lone).success).toBe(false);
    const ungrouped = comparison() as unknown as {
      events: { statements: Record<string, unknown>[] }[];
    };
    delete ungrouped.events[0]?.statements[0]?.groupId;
    expect(ComparisonSchema.safeParse(ungrouped).success).toBe(false);
  });
});
