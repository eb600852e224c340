import { fileURLToPath } from "node:url";
import type { Conflict } from "@parallax/core";
import { readEcbplus } from "../src/datasets/ecbplus.ts";
import { compareDocs, readStoryDoc, type Story } from "../src/ecbplus/story-doc.ts";

/** The invented ECB+-shaped topic in test/fixtures, read and compared as the ecbplus suite does. */
export function loadFixtureStories(): { ecb: Story; ecbplus: Story; mixed: Story } {
  const file = fileURLToPath(new URL("fixtures/ecbplus-tiny.jsonl", import.meta.url));
  const [ecb, ecbplus] = readEcbplus(file).map((s) =>
    s.docs.map((doc) => {
      const read = readStoryDoc(doc);
      if (!read) throw new Error(`ingestion refused fixture document ${doc.id}`);
      return read;
    }),
  );
  if (!ecb || !ecbplus) throw new Error("the fixture has two sub-topics");
  return {
    ecb: compareDocs("90 ecb", ecb),
    ecbplus: compareDocs("90 ecbplus", ecbplus),
    mixed: compareDocs("90 mixed", [...ecb, ...ecbplus]),
  };
}

/** A conflict value at the first occurrence of `text` in a fixture document's body. */
export function valueAt(story: Story, doc: number, text: string): Conflict["values"][number] {
  const article = story.docs[doc]?.article;
  if (!article) throw new Error(`no document ${doc}`);
  const start = article.body.indexOf(text);
  if (start < 0) throw new Error(`"${text}" is not in document ${doc}`);
  return {
    articleId: article.id,
    text,
    span: { articleId: article.id, start, end: start + text.length },
  };
}

/** A figure conflict between the first two documents' "40 passengers" (one gold event). */
export function rescuedConflict(story: Story): Conflict {
  return {
    kind: "figure",
    subject: "passengers",
    values: [valueAt(story, 0, "40 passengers"), valueAt(story, 1, "40 passengers")],
  };
}

/** A date conflict between the first document's "40 passengers" and the second's "Monday": the
 * two sentences mention no one gold event. */
export function apartConflict(story: Story): Conflict {
  return {
    kind: "date",
    subject: "date",
    values: [valueAt(story, 0, "40 passengers"), valueAt(story, 1, "Monday")],
  };
}

/** The story with its first claim group reporting just these conflicts. */
export function withConflicts(story: Story, conflicts: Conflict[]): Story {
  const group = story.comparison.groups[0];
  if (!group) throw new Error("the fixture story has groups");
  return { ...story, comparison: { ...story.comparison, groups: [{ ...group, conflicts }] } };
}
