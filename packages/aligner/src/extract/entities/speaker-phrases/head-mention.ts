// Entity layer: the mention a speaker phrase is headed by ("Sen. Jo Marsh of Oregon" → Jo Marsh,
// "the Vint campaign" → the campaign, "he" → whom he names) and what it makes the speaker
// (phrases.ts).

import { nameModifiesPersonNoun } from "../descriptions/name-as-modifier.ts";
import { placeQualifiesNoun } from "../descriptions/place-modifier.ts";
import type { MentionRecord } from "../entity-records.ts";
import type { EntityRegistry } from "../entity-registry.ts";
import { nameAfterPlacePost, titleThenName } from "../names/title-then-name.ts";
import { nameBeforeOfPlace } from "../not-people/name-of-town.ts";
import { personBody } from "../not-people/person-body.ts";
import { placeInsideName } from "../not-people/place-inside-name.ts";
import { speakerFromDescription } from "./description.ts";
import { organizationNamed } from "./name-kinds.ts";

/** A determiner that introduces someone new: "a", "an", "another", "one". */
const INDEFINITE = /^(?:an?|another|one)\s/i;

/**
 * What the head mention makes of a phrase: its speaker (`speaker`, possibly null: nobody), or
 * a titled name to read from `nameStart` on ("U.S. Attorney Maya Sorrel" read from "Maya").
 */
export type HeadReading = { speaker: number | "ambiguous" | null } | { nameStart: number };

/**
 * The last resolved mention inside the phrase's head, or null. "a senior official from Norhaven's
 * presidential office" is a description, not the office: a phrase led by a determiner is
 * described unless a name sits before its first preposition.
 */
export function headMention(
  r: EntityRegistry,
  phraseStart: number,
  phraseEnd: number,
): MentionRecord | null {
  const { body } = r.text;
  const phraseText = body.slice(phraseStart, phraseEnd);
  const described =
    /^(?:a|an|some|several|many|other|two|three|one|the [a-z])\b/i.test(phraseText) &&
    !/^the [A-Z]/.test(phraseText);
  const head = /\s(?:from|of|at|in|with|for|on)\s/.exec(phraseText);
  const headEnd = described && head ? phraseStart + head.index : phraseEnd;
  let found: MentionRecord | null = null;
  for (let i = r.firstFrom(phraseStart); i < r.mentions.length; i += 1) {
    const m = r.mentions[i]!;
    if (m.start >= headEnd) break;
    if (m.end <= headEnd && (m.entity !== null || m.ambiguous) && !m.possessive) {
      // "Sophie Laurent of the Lindqvist Institute", "Sen. Jo Marsh of Oregon": the person the
      // phrase starts with (after a title) is its head, not the body or place that says where
      // she works or whom she represents.
      if (
        found !== null &&
        r.personOf(found) &&
        (found.start === phraseStart || onlyTitleBefore(body, phraseStart, found.start))
      ) {
        if (body.startsWith(" of ", found.end)) break;
      }
      found = m;
    }
  }
  // "a Lund supporter who runs an account": someone unnamed, never Lund.
  if (found !== null && nameModifiesPersonNoun(body, found, phraseStart, phraseEnd)) found = null;
  return found;
}

/**
 * The speaker the head mention `found` makes of the phrase, a titled name to read on, or null
 * when the mention decides nothing (the phrase is then read as a name or a description).
 */
export function speakerFromHeadMention(
  r: EntityRegistry,
  found: MentionRecord,
  phraseStart: number,
  phraseEnd: number,
): HeadReading | null {
  const { body } = r.text;
  // "the Vint campaign said": the campaign speaks; "a Vint campaign aide": someone unnamed.
  const serving = personBody(r, found, phraseStart, phraseEnd);
  if (serving?.kind === "organization") return { speaker: serving.entity };
  if (serving !== null) return null;
  const named = nameBeforeOfPlace(r, found, phraseStart, phraseEnd, (start, end) =>
    r.speakerFromPhrase(start, end),
  );
  if (named !== undefined) return { speaker: named };
  const holder = r.postHolders.get(found.start);
  if (holder !== undefined && found.end === phraseEnd) return { speaker: holder };
  const tail = body.slice(found.end, phraseEnd);
  // "Virtanen's spokesperson said": the possessor does not speak; the possessed noun does.
  const possessed = /^[’']s\s+[a-z]/.test(tail);
  // "U.S. Attorney Maya Sorrel said": a place or body qualifying the title is not the speaker;
  // the name after the title is read as if the phrase began at the title.
  const placeFirst = found.start === phraseStart && placeOf(r, found);
  // "New York City Mayor Vint said", "said Oregon Gov. Vint": the place heads the post, and the
  // surname after it, which no mention read, names the holder — never the place.
  const holderAt = placeFirst ? nameAfterPlacePost(tail) : -1;
  if (holderAt >= 0) return { nameStart: found.end + holderAt };
  const titledName = !r.personOf(found) && titleThenName(tail, placeFirst);
  if (titledName) {
    let nameStart = phraseEnd - tail.trimStart().length;
    // "Idaho software executive Lee Varn": the lowercase title words are no part of the name.
    const name = /^(?:[\p{Ll}-]+\s+)+(?=\p{Lu})/u.exec(body.slice(nameStart, phraseEnd));
    if (name !== null) nameStart += name[0].length;
    return { nameStart };
  }
  if (/^(?:[’']s)?$/.test(tail.trim()) || (found.form !== "pronoun" && !possessed)) {
    // A pronoun as read before quotes, unless a speaker named since then is nearer.
    if (found.form === "pronoun" && tail.trim() === "") {
      return { speaker: r.speakerPronounAt(found.start) };
    }
    const lead = body.slice(phraseStart, found.start);
    // "The Norland Courier said", "said Rep. Ivo Norland": the place is a word of a longer name
    // or a modifier; the phrase is read as a name or a description.
    const inName = placeInsideName(r, found, phraseStart, phraseEnd);
    if (inName !== null && "organization" in inName) {
      return { speaker: organizationNamed(r, inName.organization, phraseEnd) };
    }
    if (inName !== null) return null;
    if (placeQualifiesNoun(r, found, lead, tail)) {
      // "said an Ohio Democrat", "another Salem Republican added": someone unnamed, as "a
      // Norland Democrat" whose place nobody lists is; "the Ohio Democrat" may be someone the
      // article named, so it stays unknown when no earlier person was so described.
      return {
        speaker: INDEFINITE.test(lead) ? speakerFromDescription(r, phraseStart, phraseEnd) : null,
      };
    }
    return { speaker: found.ambiguous ? "ambiguous" : found.entity };
  }
  return null;
}

/** Whether only capitalised title words ("Sen.", "Gov.", "Former Rep.") lie before a name. */
function onlyTitleBefore(body: string, start: number, nameStart: number): boolean {
  return /^(?:\p{Lu}[\p{L}.-]*\s+){1,3}$/u.test(body.slice(start, nameStart));
}

function placeOf(r: EntityRegistry, m: MentionRecord): boolean {
  return m.entity !== null && r.entities[m.entity]!.kind === "place";
}
