import { DETERMINERS, PREPOSITIONS } from "../../../../lexicons/function-words.ts";
import { PERSON_BODY_NOUNS } from "../../../../lexicons/organization-words.ts";
import { TITLE_ABBREVIATIONS } from "../../../../lexicons/title-abbreviations.ts";
import { TITLE_HEADS, TITLE_WORDS } from "../../../../lexicons/title-words.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import { personBodyAt } from "../../entities/not-people/person-body.ts";
import { wordPattern } from "../sentence-words.ts";
import { isOpeningAdverbial } from "./opening-adverbial.ts";
import { organizationOpeningClause } from "./organization-appositive.ts";

const WORD = wordPattern();

/** Capitalised words ending in a possessive, then a space: "Harbour Gazette's ". */
const POSSESSOR_RUN = /^(?:\p{Lu}[\p{L}.-]*\s+){0,4}\p{Lu}[\p{L}.-]*['’]s?\s+(?=\p{Lu})/u;

/** An age written before a name: "76-year-old", "10-year-old". */
const AGE_BEFORE_NAME = /^\d{1,3}-year-old$/;

/**
 * The person who is the subject of the sentence a participle clause hangs on: in "Amos Vint went
 * after Dora Pell on Wednesday, calling it “disqualifying”" the caller is Vint, not Pell, the
 * person nearest the verb. The subject is the first person or organisation the sentence names,
 * reached through nothing but an opening adverbial ("On Thursday, …"), determiners, capitalised
 * words and title words ("Former presidential candidate Jeb Roe"); else null.
 */
export function clauseSubject(
  registry: EntityRegistry,
  body: string,
  sentenceStart: number,
  verbStart: number,
): number | "ambiguous" | null {
  let from = sentenceStart;
  const opening = /^\s*[“"]?(\p{Lu}\p{Ll}*)\b/u.exec(body.slice(from, verbStart));
  // "On Thursday, Roe …" / "After the debate in Ohio, Roe …" / "Hours later, Roe …": the
  // adverbial is no subject.
  if (opening !== null) {
    const comma = pastPlaceAppositive(registry, body, body.indexOf(",", from), verbStart);
    const lead = comma < 0 ? "" : body.slice(from, body.indexOf(",", from));
    if (PREPOSITIONS.has((opening[1] ?? "").toLowerCase())) {
      if (comma < 0 || comma >= verbStart || comma - from > 120) return null;
      from = comma + 1;
    } else if (comma > 0 && comma < verbStart && comma - from <= 120 && isOpeningAdverbial(lead))
      from = comma + 1;
  }
  const subjectStart = from;
  WORD.lastIndex = from;
  for (let n = 0; n < 8; n += 1) {
    const m = WORD.exec(body);
    if (m === null || m.index >= verbStart) return null;
    // Only spaces between the words so far: a comma or a quotation ends the subject's reach,
    // but for an organisation named before its appositive ("Dockwatch, a watchdog group, …").
    if (/[^\s]/.test(body.slice(from, m.index)))
      return n === 0 ? null : organizationOpeningClause(registry, body, subjectStart, verbStart);
    // "The Vint campaign responded, saying …": the campaign, not Vint.
    const served = personBodyAt(registry, from, m.index);
    if (served !== null && served !== undefined) return served;
    // "The Harbour Gazette's Ada Lund offered …, saying …": a possessor owns the subject.
    const possessor = POSSESSOR_RUN.exec(body.slice(m.index, verbStart));
    if (possessor !== null) {
      from = m.index + possessor[0].length;
      WORD.lastIndex = from;
      continue;
    }
    // "Vint campaign manager Cy Moss has been saying": read on to the name after the title.
    const entity = registry.entityAt(m.index);
    if (entity !== null && served !== null) {
      if (entity === "ambiguous") return entity;
      if (registry.kindOf(entity) === "place") {
        // "New York City Mayor Ivo Vint, …, calling it …", "Oregon Gov. Ivo Vint …": a place
        // before a title says whose post it is; the name after the title is the subject. Only
        // for a participle clause: read for a finite verb ("… and said"), it added a wrong
        // speaker on PolNeAR train and no right one.
        const past = PARTICIPLE_AT.test(body.slice(verbStart, verbStart + 30))
          ? placeBeforeTitle(registry, body, m.index)
          : -1;
        if (past < 0) return null;
        from = past;
        WORD.lastIndex = from;
        continue;
      }
      // "Harbour Radio and former ferry captain Ada Lund has backed …, telling …": a coordinated subject
      // names two speakers, so it names no one (a quote signed by a list has no one speaker).
      return coordinatedAfter(registry, body, m.index) ? "ambiguous" : entity;
    }
    const word = m[0];
    const lower = word.toLowerCase();
    // "76-year-old Ed Moss endorsed Roe, saying …": an age before the name is read past.
    if (
      !/^\p{Lu}/u.test(word) &&
      !AGE_BEFORE_NAME.test(lower) &&
      !DETERMINERS.has(lower) &&
      !TITLE_HEADS.has(lower) &&
      !PERSON_BODY_NOUNS.has(lower)
    )
      if (!TITLE_WORDS.has(lower)) return null;
    from = m.index + word.length;
  }
  return null;
}

/** An -ing form: the participle clause the subject is read for ("…, calling it …"). */
const PARTICIPLE_AT = /^\p{Ll}+ing\b/u;

/** "City", "County", "State" after a place: part of the post's place ("New York City Mayor"). */
const PLACE_KIND = /^\s+(?:City|County|State)(?=\s)/u;

/** The title word (or its abbreviation: "Gov.") right after the place: "Mayor", "Sheriff". */
const TITLE_AFTER_PLACE = /^\s+(\p{Lu}\p{L}*)(\.?)\s+\p{Lu}/u;

/**
 * The end of the place mention starting at `start` (and of "City"/"County"/"State" after it) when
 * a capitalised title word and then another capitalised word follow, so the place heads a post
 * before a name ("New York City Mayor Ivo Vint", "Oregon Gov. Ada Roe"); else -1.
 */
function placeBeforeTitle(registry: EntityRegistry, body: string, start: number): number {
  const m = registry.mentions[registry.firstFrom(start)];
  if (m === undefined || m.start !== start) return -1;
  let end = m.end;
  const kind = PLACE_KIND.exec(body.slice(end, end + 10));
  if (kind !== null) end += kind[0].length;
  const title = TITLE_AFTER_PLACE.exec(body.slice(end, end + 40));
  if (title === null) return -1;
  const word = title[1]!;
  const isTitle =
    title[2] === "." ? TITLE_ABBREVIATIONS.has(word) : TITLE_HEADS.has(word.toLowerCase());
  return isTitle ? end : -1;
}

/** Whether "and" or "or" follows the mention starting at `start`. */
function coordinatedAfter(registry: EntityRegistry, body: string, start: number): boolean {
  const m = registry.mentions[registry.firstFrom(start)];
  return (
    m !== undefined && m.start === start && /^\s+(?:and|or)\s/.test(body.slice(m.end, m.end + 5))
  );
}

/**
 * "At a rally in Salem, Ore., on Tuesday, Roe …" / "Speaking in Salem, New Hampshire, Roe …": a
 * place's state or country set off by commas inside an opening adverbial, and a phrase of time
 * after it, belong to the adverbial; the comma after them ends it. Returns the comma that ends
 * the adverbial (`comma` itself when no such appositive follows it).
 */
function pastPlaceAppositive(
  registry: EntityRegistry,
  body: string,
  comma: number,
  verbStart: number,
): number {
  if (comma < 0) return comma;
  const rest = body.slice(comma + 1, verbStart);
  const appositive = /^\s+(?:\p{Lu}[\p{L}.]*\s+){0,2}\p{Lu}[\p{L}.]*,/u.exec(rest);
  if (appositive === null) return comma;
  let end = comma + appositive[0].length;
  const time = /^\s+(?:on|in|at|last|this|early|late)\s+[^,]{1,30},/u.exec(
    body.slice(end + 1, verbStart),
  );
  if (time !== null) end += time[0].length;
  // A name then a comma is the subject before an appositive ("In May, Roe, a lawyer, said"):
  // only a place the registry reads as one, or a state abbreviation, extends the adverbial.
  const first = comma + 1 + (appositive[0].length - appositive[0].trimStart().length);
  const words = appositive[0].trim();
  const abbreviation =
    /^\p{Lu}\.(?:\p{Lu}\.)?,$/u.test(words) || /^\p{Lu}\p{Ll}{1,4}\.,$/u.test(words);
  const entity = registry.entityAt(first);
  const place = typeof entity === "number" && registry.kindOf(entity) === "place";
  return abbreviation || place ? end : comma;
}
