import { type Conflict, type StoryEntity, titleLabel } from "@parallax/core";
import {
  FORMER_SYNONYMS,
  POST_LEFT_PARTICIPLES,
  RENEWING_VERB_STEMS,
  TENURE_BEFORE_WORDS,
  TITLE_HEADS,
  TITLE_WORDS,
  TOP_POST_HEADS,
} from "../../../lexicons/title-words.ts";
import { formerYetToCome } from "./former-to-come.ts";

/** Words that change what a title means, not how it is translated. */
const STATUS_MARKERS = [
  "former",
  "ex",
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

/**
 * Words that date a title to the past: "then-Governor", "the late Senator", "ex-coach", "fired
 * campaign manager", "previous Secretary" agree with "former" (each says when the post was held,
 * that it was left, or that its holder has died), so none of them stands against it. "Late" is
 * no marker of its own: "Senator" said of a senator who has died names his post, and no outlet
 * said he holds it now.
 */
const PAST_MARKERS = new Set<string>([
  "former",
  "ex",
  "then",
  "late",
  ...FORMER_SYNONYMS,
  ...POST_LEFT_PARTICIPLES,
]);

/**
 * The names in a title of where the post is rather than what it is ("Yankees" of "Yankees
 * manager", "Harbor Board" of "Harbor Board chairman"): its capitalised words that are neither a
 * head noun, a title word nor a marker. Read from the title alone, never from the words before it.
 */
function postPlace(text: string): string[] {
  const capitalised = text.match(/\p{Lu}[\p{L}.'’-]*/gu) ?? [];
  return capitalised
    .flatMap((word) => titleWords(word))
    .filter(
      (w) =>
        w.length > 2 &&
        !TITLE_HEADS.has(w) &&
        !TITLE_WORDS.has(w) &&
        !PAST_MARKERS.has(w) &&
        !(STATUS_MARKERS as readonly string[]).includes(w) &&
        !(RANK_MARKERS as readonly string[]).includes(w),
    );
}

/**
 * Whether two titles can be of one post: not when they name different places, sharing none
 * ("former Yankees manager" / "Dodgers manager" are two posts one person held in turn). One may
 * name more than the other ("former Fire Department Chief" / "Fire Chief", "Angels manager" / "Los
 * Angeles Angels manager").
 */
function onePost(x: string, y: string): boolean {
  const px = postPlace(x);
  const py = postPlace(y);
  if (px.length === 0 || py.length === 0) return true;
  // A stem in common is one place written two ways ("Korea" / "Korean", "Angeles" / "Angels").
  const stem = (w: string) => (w.length >= 5 ? w.slice(0, 5) : w);
  if (px.some((w) => py.some((v) => stem(v) === stem(w)))) return true;
  // Initials stand for every capitalised word of the name, title words among them: "DNC" is
  // "Democratic National Committee", whose "National" is no place word.
  const [cx, cy] = [capitalisedWords(x), capitalisedWords(y)];
  return px.some((w) => initialsOf(w, cy)) || py.some((w) => initialsOf(w, cx));
}

function capitalisedWords(text: string): string[] {
  return (text.match(/\p{Lu}[\p{L}.'’-]*/gu) ?? []).flatMap((word) => titleWords(word));
}

/**
 * A head noun's forms for a man, a woman or either name one post ("chairwoman", "chairman",
 * "chair"; "spokesman", "spokesperson"): read as one, the form without its ending when that or
 * another form is a head noun too.
 */
function postNoun(word: string): string {
  const stem = /^(\p{L}{4,}?)(?:wo)?(?:man|person)$/u.exec(word)?.[1];
  if (stem === undefined) return word;
  return ["", "man", "woman", "person"].filter((end) => TITLE_HEADS.has(stem + end)).length > 1
    ? stem
    : word;
}

/** Whether a word is the initials of a run of other words ("FBI" of "Federal Bureau of Investigation"). */
function initialsOf(word: string, words: readonly string[]): boolean {
  if (word.length < 2 || word.length > 6) return false;
  for (let from = 0; from + word.length <= words.length; from += 1)
    if (
      words
        .slice(from, from + word.length)
        .map((w) => w[0])
        .join("") === word
    )
      return true;
  return false;
}

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
 * The words written just before a title that may belong to it: the last two (three when the third
 * back is "former" or "ex"), cut at a function word ("former attorney" before a title read as
 * "general" from "former attorney general John Mitchell"; "Former Vint campaign" before "manager";
 * "the" before "FBI director" ends it). A possessive ends it too: "the former mayor's campaign
 * manager" is no former manager.
 */
function wordsJustBefore(text: string): string[] {
  // Punctuation ends it as well: "shot a deputy. Superior Court Judge" holds no "deputy" of hers.
  const unpunctuated =
    text
      .replace(/\bu\.s\./gi, "US")
      .split(/[,;:!?"“”()\n—–]|[a-z]{2}\.\s/)
      .pop() ?? "";
  const last = titleWords(unpunctuated.replace(/['’]s\b/g, " the")).slice(-3);
  // The third word back only as "former" or "ex": a rank word there is most often another
  // person's noun ("the county deputy Court Judge").
  const words =
    last.length === 3 && !["former", "ex"].includes(last[0] ?? "") ? last.slice(1) : last;
  const stop = words.findLastIndex((w) => BEFORE_TITLE_STOP.has(w));
  return words.slice(stop + 1);
}

/**
 * A verb of giving the post again, then a possessive, right before a title ("decided to rehire her
 * former lawyer", "reinstated their ex-coach"): "her former lawyer" is the one who was her lawyer,
 * and the sentence makes that relation current again, so its "former" says the post was held
 * before, not that it is over. Without the possessive ("rehired former lawyer Ivo Vint") the
 * status word is read as the person's own and the title is compared.
 */
const RENEWED_BEFORE = new RegExp(
  `\\b(?:${RENEWING_VERB_STEMS.join("|")})[a-z]*\\s+(?:his|her|their|its)\\s+(?:(?:former|ex-?)\\s*)?$`,
  "i",
);

/**
 * A plain title right after a noun of a period in office ("dating back to the administration of
 * Governor Ivo Vint in the 1990s") names the post as it was then: no outlet says there that it is
 * held now, so "former" elsewhere is no conflict.
 */
const TENURE_BEFORE = new RegExp(
  // "the administrations of Governor A and Governor B": the periods of several holders.
  `\\b(?:${TENURE_BEFORE_WORDS.map((w) => w.replace(/ /, "s?\\s+").replace(/ /g, "\\s+")).join("|")})\\s+(?:the\\s+)?$`,
  "i",
);

/**
 * A title read with a relative clause after it ("a rival whom the mayor fired as harbour master")
 * holds what was done to the person, not a post: it is read up to its relative word, so "harbour
 * master" there is no title of hers (and says nothing against "former harbour master").
 */
function withoutRelativeClause(text: string): string {
  const relative = /\s(?:who|whom|whose|which|that)\s/i.exec(text);
  return relative ? text.slice(0, relative.index) : text;
}

/** How many days apart two articles must be for a post to have been left between them. */
const POST_LEFT_BETWEEN_DAYS = 7;

/** The earliest of the articles' days; null when any of them is undated (nothing is then known). */
function earliestDay(
  articleIds: readonly string[],
  publishedDay: (articleId: string) => number | null,
): number | null {
  let earliest: number | null = null;
  for (const id of articleIds) {
    const day = publishedDay(id);
    if (day === null) return null;
    if (earliest === null || day < earliest) earliest = day;
  }
  return earliest;
}

/**
 * Titles of one person that differ in substance between outlets: one calls the sitting president
 * "former", or one says "deputy minister" where another says "minister". Translations of one post
 * ("director of national policy", "chief of staff for policy") are shown side by side, not flagged.
 */
export function titleConflicts(
  entity: StoryEntity,
  wordsBefore: (title: StoryEntity["titles"][number]) => string = () => "",
  /**
   * Whether the story tells this person's death. A dead person holds no post: "former" in one
   * outlet and a plain post in another (an obituary telling what he did as associate director)
   * both name a post of the past, as "late" does, so no past marker is read against it. A rank
   * word ("deputy") still is: it says which post he held.
   */
  deceased = false,
  /**
   * Whether a plain title names the post as it was, or in someone else's words (`title-of-then.ts`):
   * no outlet says there that it is held now, so no past marker is read against it.
   */
  toldOfThen: (title: StoryEntity["titles"][number]) => boolean = () => false,
  /**
   * The day an article was published (a day number), null when its date is unknown or only
   * inferred. "Former" is said as of its article's date: an article dated after another may
   * truthfully call "former" a post the earlier one names as held (he left in between), so a plain
   * title dated a week or more before every article saying "former" stands against none of them.
   * Within days the outlets tell one moment of one event, and "former" against the post is read.
   */
  publishedDay: (articleId: string) => number | null = () => null,
  /**
   * Whether a title's sentence tells that a post was left or taken away ("the exodus of former
   * campaign manager …", "the decision to fire campaign manager …": `leaving-told.ts`). The change
   * is then the story's news, and an outlet may have written the plain post before it: such a
   * title is read on neither side of a past marker.
   */
  leavingTold: (title: StoryEntity["titles"][number]) => boolean = () => false,
): Conflict[] {
  const titles = entity.titles;
  if (new Set(titles.map((t) => t.articleId)).size < 2) return [];
  // Status, rank and the post's head word are in the words before the name ("former", "Deputy",
  // "Minister"); a qualifier names the office the post is in ("of the Ministry of Trade, Industry
  // and Energy"), whose words say nothing about this person's rank and are shared by every post
  // in that office. So titles are compared without their qualifiers and shown with them.
  // A title cut from its status word ("President" read from "Former President Vicente Fox") is
  // compared whole: the words just before it count as its own.
  const own = titles.map((title) => titleWords(withoutRelativeClause(title.text)));
  const words = titles.map((title, i) => [
    ...wordsJustBefore(wordsBefore(title)),
    ...(own[i] as string[]),
  ]);
  for (const marker of [...STATUS_MARKERS, ...RANK_MARKERS]) {
    if (HOLDS_THE_POST.has(marker)) continue;
    if (deceased && PAST_MARKERS.has(marker)) continue;
    const withMarker = titles.findIndex((_, i) => words[i]?.includes(marker));
    if (withMarker < 0) continue;
    // The post is named by the title's own words: the words before it may hold a status word but
    // never its head ("running against former Secretary" and "matchup against Mrs." share
    // "against", no post).
    const head = (own[withMarker] as string[]).filter(
      (w) =>
        w.length > 3 &&
        !(STATUS_MARKERS as readonly string[]).includes(w) &&
        !(RANK_MARKERS as readonly string[]).includes(w),
    );
    // One title per article on each side, so every outlet's wording is on the record.
    // "Former IMF chief" / "IMF head": the top post of one place, said with two head nouns.
    const oneTopPost = (x: string[], y: string[], i: number) =>
      TOP_POST_HEADS.has(x.at(-1) ?? "") &&
      TOP_POST_HEADS.has(y.at(-1) ?? "") &&
      postPlace((titles[withMarker] as (typeof titles)[number]).text).length > 0 &&
      postPlace((titles[i] as (typeof titles)[number]).text).length > 0 &&
      onePost(
        withoutRelativeClause((titles[withMarker] as (typeof titles)[number]).text),
        withoutRelativeClause((titles[i] as (typeof titles)[number]).text),
      );
    const marked = new Map<string, (typeof titles)[number]>();
    const others = new Map<string, (typeof titles)[number]>();
    const markedOwn = own[withMarker] as string[];
    const posts = own.map((words) => words.map(postNoun));
    const samePost = (i: number) =>
      head.some((w) => posts[i]?.includes(postNoun(w))) ||
      oneTopPost(markedOwn, own[i] as string[], i);
    const pastMarker = PAST_MARKERS.has(marker);
    titles.forEach((title, i) => {
      if (pastMarker && RENEWED_BEFORE.test(wordsBefore(title))) return;
      // "once Vint is former president": what the post will be, no "former" of now.
      if (pastMarker && formerYetToCome(wordsBefore(title))) return;
      if (pastMarker && leavingTold(title)) return;
      if (samePost(i) && words[i]?.includes(marker) && !marked.has(title.articleId))
        marked.set(title.articleId, title);
    });
    const firstPastDay = pastMarker ? earliestDay([...marked.keys()], publishedDay) : null;
    titles.forEach((title, i) => {
      if (!samePost(i) || marked.has(title.articleId) || others.has(title.articleId)) return;
      const day = publishedDay(title.articleId);
      if (firstPastDay !== null && day !== null && firstPastDay - day >= POST_LEFT_BETWEEN_DAYS)
        return;
      // "then-Governor" against "former Governor": both date the post to the past.
      if (pastMarker && (words[i] as string[]).some((w) => PAST_MARKERS.has(w))) return;
      if (pastMarker && TENURE_BEFORE.test(wordsBefore(title))) return;
      if (pastMarker && toldOfThen(title)) return;
      if (pastMarker && leavingTold(title)) return;
      const markedText = (titles[withMarker] as (typeof titles)[number]).text;
      if (!onePost(withoutRelativeClause(title.text), withoutRelativeClause(markedText))) return;
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
