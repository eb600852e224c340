import type { StoryEvent } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { loadFixtureStories } from "../../test/ecbplus-fixture.ts";
import { eventMisses } from "./event-misses.ts";
import type { Story } from "./story-doc.ts";

/** One story event holding the sentence containing `text` in each listed document. */
function eventOver(story: Story, id: string, at: [number, string][]): StoryEvent {
  const statements = at.map(([doc, text]) => {
    const article = story.docs[doc]?.article;
    if (!article) throw new Error(`no document ${doc}`);
    const start = article.body.indexOf(text);
    return {
      articleId: article.id,
      claimId: `c-${doc}`,
      span: { articleId: article.id, start, end: start + text.length },
      groupId: "g1",
    };
  });
  return {
    id,
    action: "sink",
    main: true,
    participantIds: [],
    statements,
    groupIds: ["g1"],
    articleIds: [...new Set(statements.map((s) => s.articleId))],
  };
}

describe("eventMisses", () => {
  it("lists an event joining two happenings and the gold chains it leaves split", () => {
    const { mixed } = loadFixtureStories();
    const sinking = "ferry sank off the Norland coast on Monday";
    const fire = "A ferry caught fire in the Sorland port on Friday";
    const story: Story = {
      ...mixed,
      comparison: {
        ...mixed.comparison,
        events: [
          eventOver(mixed, "v1", [
            [0, sinking],
            [2, fire],
          ]),
        ],
      },
    };
    const misses = eventMisses(story);
    const merged = misses.filter((m) => m.kind === "merged");
    expect(merged.map((m) => [m.id, m.wrong, m.right])).toEqual([["v1", 1, 0]]);
    expect(merged[0]?.sentences.map((s) => s.doc)).toEqual([0, 2]);
    // The sinking's sentences of the second document share no event with the first's.
    const sink = misses.find((m) => m.kind === "split" && m.id === "ACT_SINK");
    expect(sink?.right).toBe(0);
    expect(sink?.wrong).toBeGreaterThan(0);
  });
});
