// Entity layer: the entity a speaker phrase names ("Sen. Dora Pell", "the company", "he",
// "a senior aide"); asked by the attribution layer.

import { CALENDAR_WORDS } from "../../../lexicons/calendar-words.ts";
import { NAME_SUFFIXES } from "../../../lexicons/name-particles.ts";
import { PERSON_NOUNS } from "../../../lexicons/person-nouns.ts";
import { INDEFINITE_PRONOUNS, PRONOUNS } from "../../../lexicons/pronouns.ts";
import { labelStart, openLabelBefore } from "../parenthesised-label.ts";
import { titleAfter, titleBefore, titleBeforeAppositive } from "../titles.ts";
import { isSpaceOrComma } from "./clause-openers.ts";
import { commonWordOpeningSentence } from "./common-word-name.ts";
import { unnamedFromPlace } from "./described-from-place.ts";
import { describedSpeaker } from "./described-person.ts";
import { loneDeterminer } from "./determiner-subject.ts";
import type { MentionRecord } from "./entity-records.ts";
import type { EntityRegistry } from "./entity-registry.ts";
import { groupOrBodyKind } from "./group-or-body-name.ts";
import {
  ACRONYM_BEFORE,
  COMPANY_DESCRIPTION,
  notAGivenName,
  ORGANIZATION_ENDING_WORDS,
  PARTICLES_BEFORE,
  PHRASE_ENDING_NAME,
  PUBLIC_BODY_DESCRIPTION,
  WORD_BEFORE_PARTICLE,
} from "./mention-patterns.ts";
import { nameAfterIndefiniteArticle, nameModifiesPersonNoun } from "./name-as-modifier.ts";
import { nameBeforeOfPlace } from "./name-of-town.ts";
import { placeLikeName, surnameOf } from "./name-rules.ts";
import { personBody } from "./person-body.ts";
import { placeQualifiesNoun } from "./place-modifier.ts";
import { addTitle } from "./record-titles.ts";
import {
  describedAsBusiness,
  describesSomeone,
  FOCUSING_ADVERB,
  isTitleWord,
  NOT_A_SPEAKER,
  notALoneName,
  withoutTrailingAdverbs,
} from "./speaker-phrase-rules.ts";

/** An honorific and a name of one or two words, then "of", "from" or "at" and what follows. */
const HONORIFIC_NAME_BEFORE_OF =
  /^((?:Mr|Mrs|Ms|Dr)\.? \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?) (?:of|from|at) /u;

/** The entity a noun phrase names (the last mention inside it), creating an unnamed source if none. */
export function speakerFromPhrase(
  r: EntityRegistry,
  start: number,
  end: number,
  allowDescription = true,
): number | "ambiguous" | null {
  let phraseStart = start;
  let phraseEnd = end;
  const { body } = r.text;
  while (phraseStart < phraseEnd && isSpaceOrComma(body.charCodeAt(phraseStart))) {
    phraseStart += 1;
  }
  while (phraseEnd > phraseStart && isSpaceOrComma(body.charCodeAt(phraseEnd - 1))) phraseEnd -= 1;
  // "Sen. Jane Roe (R-Ore.)": the label names a party and a state, not the speaker.
  phraseEnd = labelStart(body, phraseStart, phraseEnd);
  while (phraseEnd > phraseStart && isSpaceOrComma(body.charCodeAt(phraseEnd - 1))) phraseEnd -= 1;
  // "Robert P. Roe Jr.": a generational suffix is no part of the name.
  const suffix = / (\p{Lu}\p{L}*)\.?$/u.exec(
    body.slice(Math.max(phraseStart, phraseEnd - 6), phraseEnd),
  );
  if (suffix !== null && NAME_SUFFIXES.has(suffix[1]!)) {
    phraseEnd -= suffix[0].length;
    while (phraseEnd > phraseStart && isSpaceOrComma(body.charCodeAt(phraseEnd - 1)))
      phraseEnd -= 1;
  }
  const lead = /^(?:Yet|But|And|So|Meanwhile|However|Still|Also|Now|Then)\s+/.exec(
    body.slice(phraseStart, phraseEnd),
  );
  if (lead) phraseStart += lead[0].length;
  if (phraseEnd <= phraseStart) return null;
  // A stray quotation mark or dash left between a quote and its verb names nobody.
  if (!/\p{L}/u.test(body.slice(phraseStart, phraseEnd))) return null;
  // "Sen. Jane Roe (Tex.) has said" read from inside the label: the person before it speaks.
  const open = openLabelBefore(body, phraseStart, phraseEnd);
  if (open > 0) return body.charCodeAt(open - 1) === 32 ? r.personEndingAt(open - 1) : null;
  // A phrase cut inside a name ("… of Trade, Industry and Energy said" read from "Energy") is
  // that name's phrase: it starts where the name does.
  const cut = r.mentions[r.firstFrom(phraseStart) - 1];
  if (cut !== undefined && cut.end > phraseStart && cut.form === "name") phraseStart = cut.start;
  // "a senior official from Seoul's presidential office" is a description, not the office:
  // a phrase led by a determiner is described unless a name sits before its first preposition.
  const phraseText = body.slice(phraseStart, phraseEnd);
  // "said Mr. Orsolo of the Lakeside Policy Center": the honorific's name speaks, never the body
  // named after "of" (nobody introduced the name, so the phrase's end was taken for one).
  const honorificName = HONORIFIC_NAME_BEFORE_OF.exec(phraseText);
  if (honorificName !== null) {
    return speakerFromPhrase(
      r,
      phraseStart,
      phraseStart + honorificName[1]!.length,
      allowDescription,
    );
  }
  // "the senator said", "the Oregon Democrat added": the one person named earlier so described.
  const describedOne = allowDescription ? describedSpeaker(r, phraseStart, phraseEnd) : null;
  if (describedOne !== null) return describedOne;
  // "said the lawyer from Idaho": someone unnamed, never the place.
  const fromPlace = allowDescription ? unnamedFromPlace(r, phraseStart, phraseEnd) : null;
  if (fromPlace !== null) return fromPlace;
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
  // "the Vint campaign said": the campaign speaks; "a Vint campaign aide": someone unnamed.
  const serving = found === null ? null : personBody(r, found, phraseStart, phraseEnd);
  if (serving?.kind === "organization") return serving.entity;
  if (found && serving === null) {
    const named = nameBeforeOfPlace(r, found, phraseStart, phraseEnd, (start, end) =>
      speakerFromPhrase(r, start, end),
    );
    if (named !== undefined) return named;
    const holder = r.postHolders.get(found.start);
    if (holder !== undefined && found.end === phraseEnd) return holder;
    const tail = body.slice(found.end, phraseEnd);
    // "Virtanen's spokesperson said": the possessor does not speak; the possessed noun does.
    const possessed = /^[’']s\s+[a-z]/.test(tail);
    // "U.S. Attorney Maya Sorrel said": a place or body qualifying the title is not the speaker;
    // the name after the title is read as if the phrase began at the title.
    const titledName =
      !r.personOf(found) && titleThenName(tail, found.start === phraseStart && placeOf(r, found));
    if (titledName) {
      phraseStart = phraseEnd - tail.trimStart().length;
      // "Idaho software executive Lee Varn": the lowercase title words are no part of the name.
      const name = /^(?:[\p{Ll}-]+\s+)+(?=\p{Lu})/u.exec(body.slice(phraseStart, phraseEnd));
      if (name !== null) phraseStart += name[0].length;
    } else if (/^(?:[’']s)?$/.test(tail.trim()) || (found.form !== "pronoun" && !possessed)) {
      // A pronoun as read before quotes, unless a speaker named since then is nearer.
      if (found.form === "pronoun" && tail.trim() === "") return r.speakerPronounAt(found.start);
      if (placeQualifiesNoun(r, found, body.slice(phraseStart, found.start), tail)) return null;
      return found.ambiguous ? "ambiguous" : found.entity;
    }
  }
  if (!allowDescription) return null;
  const phrase = body.slice(phraseStart, phraseEnd);
  // "the report concluded", "One reply came": a determiner cut from its noun is nobody.
  if (loneDeterminer(body, phraseStart, phraseEnd)) return null;
  // A pronoun is never anyone's name: it is the person the registry resolved it to, or unknown
  // — also with adverbs after it ("he formally", "she jokingly").
  if (PRONOUNS.has(withoutTrailingAdverbs(phrase).toLowerCase())) {
    return r.speakerPronounAt(phraseStart);
  }
  // A capitalised name nobody introduced ("Jane Doe said", "Doe said"): a named person.
  // The end-anchored pattern is tried at every offset: skip it when the phrase cannot end a name.
  const lastCode = phrase.charCodeAt(phrase.length - 1);
  const named =
    (lastCode >= 97 && lastCode <= 122) || lastCode >= 0xc0
      ? PHRASE_ENDING_NAME.exec(phrase)
      : null;
  // "early Friday", "on Thursday": a time, never a speaker's name.
  if (named && CALENDAR_WORDS.has(/\S+$/.exec(named[1] ?? "")?.[0] ?? "")) return null;
  if (
    named &&
    !/^(?:The|A|An|Some|Officials?|Sources?|Observers?|Analysts?|Experts?)\b/.test(
      named[1] ?? "",
    ) &&
    // "One said", "Others warned": people, but nobody's name.
    !INDEFINITE_PRONOUNS.has((named[1] ?? "").toLowerCase())
  ) {
    let name = named[1] ?? "";
    // "Ms Virtanen said": the honorific is no part of the name; the surname names the person.
    const honorific = /^(?:Mrs?|Ms|Dr) (?=[A-Z])/.exec(name);
    if (honorific) name = name.slice(honorific[0].length);
    // "Tesla Chief Executive Elon Musk said", "Actress Lena Marsh said": title words and person
    // nouns before the name describe the person, they are no part of the name.
    let space = name.indexOf(" ");
    while (space > 0 && name.indexOf(" ", space + 1) > 0 && describesName(name.slice(0, space))) {
      name = name.slice(space + 1);
      space = name.indexOf(" ");
    }
    // "Later de Gaulle said": a word telling when, before a particle, is no given name.
    const lead = WORD_BEFORE_PARTICLE.exec(name);
    const adverb = lead !== null && notAGivenName(lead[1]!);
    if (adverb) name = name.slice(lead[0].length);
    // "von der Leyen said": a surname with particles names the one person who has it; nobody
    // has it, the last word is read as before (a particle only counts inside a full name).
    const particles =
      name.indexOf(" ") < 0
        ? PARTICLES_BEFORE.exec(phrase.slice(0, phrase.length - name.length))
        : null;
    const surname = particles !== null ? `${particles[1]}${name}` : adverb ? name : null;
    if (surname !== null) {
      const same = r.namedBy(surname)[0] ?? -1;
      if (same >= 0) {
        const start = phraseEnd - surname.length;
        if (r.taken[start]) return same;
        const m = r.addLateSurname(start, phraseEnd, surname, same);
        return m.ambiguous ? "ambiguous" : same;
      }
      name = name.slice(name.lastIndexOf(" ") + 1);
    }
    const words = name.split(/[ -]/);
    const nameStart = phraseEnd - name.length;
    // "SK Hynix said", "LG Display said", "Samsung Biologics Co. said": a company, not a person.
    const acronym = ACRONYM_BEFORE.exec(
      body.slice(Math.max(phraseStart, nameStart - 6), nameStart),
    );
    if (
      acronym ||
      ORGANIZATION_ENDING_WORDS.has(words[words.length - 1]!) ||
      describedAsBusiness(body, phraseEnd)
    ) {
      const start = acronym ? nameStart - (acronym[1]!.length + 1) : nameStart;
      const company = r.entityFor("organization", body.slice(start, phraseEnd), null);
      if (!r.taken[start]) {
        const sentence = r.text.sentenceIndexAt(start);
        r.pushMention(start, phraseEnd, "name", company, sentence, null, true);
      }
      return company;
    }
    if (words.length === 1) {
      const same = r.namedBy(name)[0] ?? -1;
      if (same >= 0) {
        // A person first named while quotes are read ("Japan's economy minister, Kenji Sato,
        // said") had no surname mentions read for them: "Sato said" is recorded here.
        if (r.taken[nameStart]) return same;
        const m = r.addLateSurname(nameStart, phraseEnd, name, same);
        return m.ambiguous ? "ambiguous" : same;
      }
    }
    if (words.length > 1 && placeLikeName(name)) {
      // "…, said New Delhi": a capital speaking for its government, as "Beijing said" does.
      const place = r.entityFor("place", name, null);
      if (!r.taken[nameStart]) {
        const sentence = r.text.sentenceIndexAt(nameStart);
        r.pushMention(nameStart, phraseEnd, "name", place, sentence, null, true);
      }
      return place;
    }
    // "Police said", "Prosecutors argued": a common noun opening its sentence (common-word-name.ts).
    const groupOrBody =
      groupOrBodyKind(body, nameStart, name) ??
      (commonWordOpeningSentence(r.text, nameStart, name) ? "organization" : null);
    if (groupOrBody !== null) {
      const group = r.entityFor(groupOrBody, name, null);
      if (!r.taken[nameStart]) {
        const sentence = r.text.sentenceIndexAt(nameStart);
        r.pushMention(nameStart, phraseEnd, "name", group, sentence, null, true);
      }
      return group;
    }
    if (words.length === 1 && notALoneName(r.text, nameStart, name)) return null;
    // "in a Vintian post": a name after "a" modifies a noun (name-as-modifier.ts).
    if (words.length === 1 && nameAfterIndefiniteArticle(body, nameStart)) return null;
    const index = r.entityFor("person", name, surnameOf(name, words[words.length - 1]));
    if (!r.taken[nameStart]) {
      const sentence = r.text.sentenceIndexAt(nameStart);
      r.pushMention(nameStart, phraseEnd, "name", index, sentence, null, true);
      const limit = r.text.sentences[sentence]?.span.start ?? 0;
      const title =
        titleBefore(body, nameStart, limit) ??
        titleBeforeAppositive(body, nameStart, phraseEnd, limit);
      if (title) addTitle(r, index, title.start, title.end);
      const sentenceEnd = r.text.sentences[sentence]?.span.end ?? body.length;
      const after = titleAfter(body, phraseEnd, sentenceEnd);
      if (after) addTitle(r, index, after.start, after.end);
    }
    return index;
  }
  const words = phrase.split(/\s+/);
  if (words.length > 10 || words.length === 0) return null;
  if (/^(?:it|r|that|which|who|there|they|we|I|you|It|This|That|There|They|We|You)$/.test(phrase)) {
    return null;
  }
  if (words.length === 1 && (NOT_A_SPEAKER.test(phrase) || FOCUSING_ADVERB.test(phrase))) {
    return null;
  }
  if (!describesSomeone(words)) return null;
  const company = r.organizationReferredTo(phrase, phraseStart);
  if (company !== null) {
    if (company !== "ambiguous" && !r.descriptionStarts.has(phraseStart)) {
      r.descriptionStarts.add(phraseStart);
      const sentence = r.text.sentenceIndexAt(phraseStart);
      r.pushMention(phraseStart, phraseEnd, "description", company, sentence, null);
    }
    return company;
  }
  const earlier = r.earlierDescription(phrase, phraseStart);
  if (earlier === "ambiguous") return earlier;
  const index = earlier ?? r.entityFor("person", phrase, null);
  const record = r.entities[index]!;
  record.unnamed = true;
  if (!r.descriptionStarts.has(phraseStart)) {
    r.descriptionStarts.add(phraseStart);
    r.pushMention(
      phraseStart,
      phraseEnd,
      "description",
      index,
      r.text.sentenceIndexAt(phraseStart),
      null,
    );
  }
  return index;
}

export function personOf(r: EntityRegistry, m: MentionRecord): boolean {
  return m.form === "name" && m.entity !== null && r.entities[m.entity]!.kind === "person";
}

/**
 * The company "the company" / "the automaker" takes up: the one organisation (not an outlet nor
 * a public body) that opened a sentence earlier — "Hyundai Motor said Friday it would invest …"
 * … "the company said in a statement". "the ministry said": the one organisation named earlier
 * whose name holds that word. Several make it "ambiguous"; none leaves the phrase a source of
 * its own (null).
 */
export function organizationReferredTo(
  r: EntityRegistry,
  phrase: string,
  phraseStart: number,
): number | "ambiguous" | null {
  const publicBody = PUBLIC_BODY_DESCRIPTION.exec(phrase);
  if (publicBody === null && !COMPANY_DESCRIPTION.test(phrase)) return null;
  r.referents.advanceTo(phraseStart);
  const found = publicBody
    ? (r.referents.publicBodies.get(publicBody[1]!.toLowerCase()) ?? [])
    : r.referents.companies;
  if (found.length === 0) return null;
  return found.length === 1 ? found[0]! : "ambiguous";
}

/**
 * The unnamed source a definite description takes up ("A person briefed on the talks" … "the
 * person said"): the one earlier description led by a/an/one and the same noun; "ambiguous" when
 * several are, null when none is (then the phrase is a source of its own).
 */
export function earlierDescription(
  r: EntityRegistry,
  phrase: string,
  phraseStart: number,
): number | "ambiguous" | null {
  const definite = /^[Tt]he ([a-z]+)$/.exec(phrase);
  if (definite === null) return null;
  r.referents.advanceTo(phraseStart);
  const found = r.referents.sources.get(definite[1]!) ?? [];
  if (found.length === 0) return null;
  return found.length === 1 ? found[0]! : "ambiguous";
}

/** A capitalised word before a name that describes the person: a title word or a person noun. */
function describesName(word: string): boolean {
  return isTitleWord(word) || PERSON_NOUNS.has(word.toLowerCase());
}

/**
 * Whether `tail` is a title then a name of two to four capitalised words: a capitalised title word
 * ("U.S. Attorney Maya Sorrel"), or, after a place that opens the phrase, lowercase words
 * ending in a title or person noun ("Idaho software executive Lee Varn").
 */

function titleThenName(tail: string, afterPlace: boolean): boolean {
  const m = /^\s+(\p{Lu}[\p{L}.-]*)((?:\s+\p{Lu}[\p{L}.'’-]*){2,4})$/u.exec(tail);
  if (m !== null) return isTitleWord(m[1]!) && !describesName(/\S+/.exec(m[2]!)![0]);
  // Lowercase title words only after a place opening the phrase: it says where the person is.
  if (!afterPlace) return false;
  const lower = /^\s+(?:[\p{Ll}-]+\s+){0,3}([\p{Ll}-]+)((?:\s+\p{Lu}[\p{L}.'’-]*){2,4})$/u.exec(
    tail,
  );
  return lower !== null && describesName(lower[1]!) && !describesName(/\S+/.exec(lower[2]!)![0]);
}

/** Whether only capitalised title words ("Sen.", "Gov.", "Former Rep.") lie before a name. */
function onlyTitleBefore(body: string, start: number, nameStart: number): boolean {
  return /^(?:\p{Lu}[\p{L}.-]*\s+){1,3}$/u.test(body.slice(start, nameStart));
}

function placeOf(r: EntityRegistry, m: MentionRecord): boolean {
  return m.entity !== null && r.entities[m.entity]!.kind === "place";
}
