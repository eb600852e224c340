import { describe, expect, it } from "vitest";
import {
  apartConflict,
  loadFixtureStories,
  rescuedConflict,
  withConflicts,
} from "../../test/ecbplus-fixture.ts";
import { conflictEvents } from "./conflict-events.ts";
import type { Story } from "./story-doc.ts";

describe("conflictEvents", () => {
  it("counts a conflict as precise when its two values' sentences share a gold event", () => {
    const { ecb } = loadFixtureStories();
    const rescued = rescuedConflict(ecb);
    const apart = apartConflict(ecb);
    const story = withConflicts(ecb, [rescued, apart]);
    expect(conflictEvents(story)).toEqual({
      conflicts: 2,
      sameEvent: 1,
      placed: 2,
      decidable: 2,
      decidableSameEvent: 1,
      annotated: 2,
      annotatedSameEvent: 1,
      byKind: { figure: { conflicts: 1, sameEvent: 1 }, date: { conflicts: 1, sameEvent: 0 } },
    });
  });

  it("counts apart the conflicts whose values both lie in selected (reliably annotated) sentences", () => {
    const { ecb } = loadFixtureStories();
    const rescued = rescuedConflict(ecb);
    const group = ecb.comparison.groups[0];
    const [first, second, ...rest] = ecb.docs;
    if (!group || !first || !second) throw new Error("the fixture story has groups and documents");
    // The second document's last sentence (the one holding "40 passengers") is no longer selected.
    const unselected = {
      ...second,
      doc: {
        ...second.doc,
        sentences: second.doc.sentences.map((s, i, all) =>
          i === all.length - 1 ? { ...s, selected: false } : s,
        ),
      },
    };
    const story: Story = {
      ...ecb,
      docs: [first, unselected, ...rest],
      comparison: { ...ecb.comparison, groups: [{ ...group, conflicts: [rescued] }] },
    };
    const counts = conflictEvents(story);
    expect(counts.sameEvent).toBe(1);
    expect(counts.annotated).toBe(0);
    expect(counts.annotatedSameEvent).toBe(0);
  });

  it("leaves out of the decidable share a conflict with a value in a sentence that mentions no gold event", () => {
    const { ecb } = loadFixtureStories();
    const rescued = rescuedConflict(ecb);
    const group = ecb.comparison.groups[0];
    const [first, second, ...rest] = ecb.docs;
    if (!group || !first || !second) throw new Error("the fixture story has groups and documents");
    // The second document's last sentence (the one holding "40 passengers") loses its event mention.
    const last = second.doc.sentences.at(-1);
    if (!last) throw new Error("the fixture document has sentences");
    const unannotated = {
      ...second,
      doc: {
        ...second.doc,
        mentions: second.doc.mentions.filter((m) => m.start < last.start || m.end > last.end),
      },
    };
    const story: Story = {
      ...ecb,
      docs: [first, unannotated, ...rest],
      comparison: { ...ecb.comparison, groups: [{ ...group, conflicts: [rescued] }] },
    };
    const counts = conflictEvents(story);
    expect(counts.conflicts).toBe(1);
    expect(counts.sameEvent).toBe(0);
    expect(counts.decidable).toBe(0);
    expect(counts.decidableSameEvent).toBe(0);
    expect(conflictEvents({ ...story, docs: ecb.docs }).decidableSameEvent).toBe(1);
  });
});
