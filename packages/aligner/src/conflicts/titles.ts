import { type Conflict, type StoryEntity, titleLabel } from "@parallax/core";

/** Words that change what a title means, not how it is translated. */
const STATUS_MARKERS = [
  "former",
  "ex",
  "late",
  "acting",
  "interim",
  "outgoing",
  "designate",
  "elect",
] as const;
const RANK_MARKERS = ["deputy", "vice", "assistant", "vice-"] as const;

/**
 * Status words of someone who does hold the post, only not by full appointment: "the FBI director"
 * said of the acting director names the post he fills, no disagreement with "acting FBI director"
 * (unlike "former", which says he no longer holds it). Compared without them, never on them.
 */
const HOLDS_THE_POST = new Set<string>(["acting", "interim"]);

function titleWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/\bu\.?s\.?\b/g, "us")
    .split(/[^a-z]+/)
    .filter((w) => w.length > 0);
}

/** Words that end a title read backwards: "the FBI director" has no status word before "FBI". */
const BEFORE_TITLE_STOP = new Set([
  "the",
  "a",
  "an",
  "of",
  "and",
  "to",
  "by",
  "with",
  "for",
  "his",
  "her",
]);

/**
 * The words written just before a title that may belong to it: the last two, cut at a function
 * word ("former attorney" before a title read as "general" from "former attorney general John
 * Mitchell"; "the" before "FBI director" ends it).
 */
function wordsJustBefore(text: string): string[] {
  const words = titleWords(text).slice(-2);
  const stop = words.findLastIndex((w) => BEFORE_TITLE_STOP.has(w));
  return words.slice(stop + 1);
}

/**
 * Titles of one person that differ in substance between outlets: one calls the sitting president
 * "former", or one says "deputy minister" where another says "minister". Translations of one post
 * ("director of national policy", "chief of staff for policy") are shown side by side, not flagged.
 */
export function titleConflicts(
  entity: StoryEntity,
  wordsBefore: (title: StoryEntity["titles"][number]) => string = () => "",
): Conflict[] {
  const titles = entity.titles;
  if (new Set(titles.map((t) => t.articleId)).size < 2) return [];
  // Status, rank and the post's head word are in the words before the name ("former", "Deputy",
  // "Minister"); a qualifier names the office the post is in ("of the Ministry of Trade, Industry
  // and Energy"), whose words say nothing about this person's rank and are shared by every post
  // in that office. So titles are compared without their qualifiers and shown with them.
  // A title cut from its status word ("President" read from "Former President Vicente Fox") is
  // compared whole: the words just before it count as its own.
  const words = titles.map((title) => [
    ...wordsJustBefore(wordsBefore(title)),
    ...titleWords(title.text),
  ]);
  for (const marker of [...STATUS_MARKERS, ...RANK_MARKERS]) {
    if (HOLDS_THE_POST.has(marker)) continue;
    const withMarker = titles.findIndex((_, i) => words[i]?.includes(marker));
    if (withMarker < 0) continue;
    const head = (words[withMarker] as string[]).filter(
      (w) =>
        w.length > 3 &&
        !(STATUS_MARKERS as readonly string[]).includes(w) &&
        !(RANK_MARKERS as readonly string[]).includes(w),
    );
    // One title per article on each side, so every outlet's wording is on the record.
    const marked = new Map<string, (typeof titles)[number]>();
    const others = new Map<string, (typeof titles)[number]>();
    const samePost = (i: number) => head.some((w) => words[i]?.includes(w));
    titles.forEach((title, i) => {
      if (samePost(i) && words[i]?.includes(marker) && !marked.has(title.articleId))
        marked.set(title.articleId, title);
    });
    titles.forEach((title, i) => {
      if (samePost(i) && !marked.has(title.articleId) && !others.has(title.articleId))
        others.set(title.articleId, title);
    });
    if (others.size === 0 || marked.size === 0) continue;
    return [
      {
        kind: "title",
        subject: `${entity.name}'s title`,
        // The whole title as the user reads it; the span runs from the title to the end of a post
        // written after the name ("Minister Amos Vint of the Ministry of …"), so a highlight
        // shows all of it.
        values: [...marked.values(), ...others.values()].map((t) => ({
          articleId: t.articleId,
          text: titleLabel(t),
          span: t.qualifier ? { ...t.span, end: t.qualifier.span.end } : t.span,
        })),
        evidence: [
          { kind: "entity", label: entity.name, weight: 1 },
          { kind: "entity", label: `"${marker}" in one outlet's title only`, weight: 1 },
        ],
      },
    ];
  }
  return [];
}
