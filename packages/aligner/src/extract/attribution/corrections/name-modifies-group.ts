// Attribution layer: a name that only modifies the cue's subject does not speak. In "Harbour
// County election officials say the count is late" or "several Norland party insiders said" the
// officials and insiders speak, not the county or the country their name was read as; in "a recent
// Harbour Times poll found" or "exit polls conducted for the Norland Wire" the poll reports, not
// the outlet that ordered it; in "a delegate from Orvale said" the delegate speaks, not Orvale;
// in "Critics of Ada Lund said", "said an aide to Ada Lund" or "said a friend of Ms. Lund" the
// critics, the aide or the friend speak, not Lund; in "organizers in Castlebay say" the
// organizers. The quote is left unknown (a wrong speaker is worse than none), and the speaker
// ranker may not hand it back to the refused name (`QuoteDraft.refused`).
import { PREPOSITIONS } from "../../../../lexicons/function-words.ts";
import {
  ASSOCIATE_NOUNS,
  GROUP_PLURAL_NOUNS,
  PERSON_NOUNS,
  SPEAKS_FOR_SOMEONE,
  UNNAMED_SOURCE_NOUNS,
} from "../../../../lexicons/person-nouns.ts";
import { REPORTING_VERB_FORMS } from "../../../../lexicons/reporting-verbs.ts";
import { RESEARCH_WORK_NOUNS, SURVEY_NOUNS } from "../../../../lexicons/survey-nouns.ts";
import { TITLE_HEADS } from "../../../../lexicons/title-words.ts";
import type { ArticleText } from "../../article-text.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import { isKinNoun } from "../../entities/not-people/common-word-name.ts";
import { placeAfterDescribedPerson } from "../../entities/not-people/place-after-described-person.ts";
import { lateMentionsBetween } from "../../entities/surnames/late-descriptions.ts";
import { honorificGender } from "../../person-names.ts";
import type { QuoteDraft } from "../quote-drafts.ts";

const REPORTING = new Set(REPORTING_VERB_FORMS.trim().split(/\s+/));

/** Words between the name and the group noun: "election", "Republican", "GOP", "primary". */
const BETWEEN_MAX = 2;

/** A plural noun for people acting as a body: "officials", "voters", "insiders", "delegates". */
export function groupHead(word: string): boolean {
  if (GROUP_PLURAL_NOUNS.has(word) || UNNAMED_SOURCE_NOUNS.has(word)) {
    return word.endsWith("s") || word === "people" || word === "police";
  }
  if (!word.endsWith("s")) return false;
  const singular = word.slice(0, -1);
  // "Lund advisers said": the people who speak for someone are a group the name only modifies.
  return PERSON_NOUNS.has(singular) || SPEAKS_FOR_SOMEONE.has(singular);
}

/** A word that may stand between a modifying name and its group noun. */
function modifierWord(word: string): boolean {
  if (!/^[\p{L}-]+$/u.test(word)) return false;
  const lower = word.toLowerCase();
  if (REPORTING.has(lower) || PREPOSITIONS.has(lower)) return false;
  // "Vint denied", "Vint has": a verb ends the subject.
  if (/^\p{Ll}/u.test(word) && /(?:ed|s)$/.test(lower) && !lower.endsWith("ss")) return false;
  return !["has", "have", "had", "is", "was", "are", "were", "will", "would", "also"].includes(
    lower,
  );
}

/**
 * Whether the words right after a name ending at `end` continue a noun phrase to a group or survey
 * noun: the name modifies "officials" in "Harbour County election officials say" and "poll" in "a
 * Harbour Times/Vint Research poll".
 */
export function modifiesGroup(body: string, end: number, limit: number): boolean {
  const words = /^(?:[ /][\p{L}-]+){1,3}/u.exec(body.slice(end, Math.min(limit, end + 60)))?.[0];
  if (words === undefined) return false;
  const list = words.slice(1).split(/[ /]/);
  for (let i = 0; i < list.length && i <= BETWEEN_MAX; i += 1) {
    const word = list[i]!;
    if (groupHead(word) || SURVEY_NOUNS.has(word)) return true;
    if (!modifierWord(word)) return false;
  }
  return false;
}

/** A word of the subject, then "in", "on" or "at" (and "the") right before the name. */
const PLACED_IN = /\S\s+(?:in|on|at)\s+(?:the\s+)?$/;

/**
 * Whether the name starting at `start` is the object of "in", "on" or "at" inside the cue's
 * subject: "protest organizers in Castlebay say", "Staff for the Harbour Committee on Norland
 * said", "the pitch on Fundhub says" — where the speakers are, never who speaks. An inverted
 * cue's name stands before such a phrase ("said Ivo Vint in Castlebay") and is not read here.
 */
function placedInSubject(body: string, cueStart: number, start: number): boolean {
  return PLACED_IN.test(body.slice(Math.max(cueStart, start - 40), start));
}

/** A research work and "in" (and "the") right before a name: "a report in the". */
const WORK_IN = /\b(\p{Ll}+)\s+in\s+(?:the\s+)?$/u;

/**
 * Whether the organisation named from `start` is where a research work the cue names appeared:
 * "a report in the Harbour Ledger this week about …" (possessed-claim.ts) is the Ledger's, as "a
 * report by the Ledger" is; it says who published the work, not where its speakers are.
 */
function publishedIn(body: string, cueStart: number, start: number): boolean {
  const noun = WORK_IN.exec(body.slice(Math.max(cueStart, start - 40), start))?.[1];
  return noun !== undefined && RESEARCH_WORK_NOUNS.has(noun);
}

/** "exit polls conducted by Vint Research for the": a survey named before, run for the name. */
const SURVEY_FOR = /\b(?:polls?|polling|surveys?)\b[^,;:.!?"“”]*\b(?:by|for)\s[^,;:.!?"“”]*$/i;

/** Whether the name starting at `start` ran or ordered a survey the cue names before it. */
export function conductsSurvey(body: string, cueStart: number, start: number): boolean {
  return SURVEY_FOR.test(body.slice(Math.max(cueStart, start - 100), start));
}

/** A person noun or title head, then "from" (and "the"), right before a name: "senator from". */
const FROM_AFTER_NOUN = /\b([a-z-]+)\s+from\s+(?:the\s+)?$/;

/**
 * A person or group noun, then "of", "for" or "to" (and a capitalised title or honorific), right
 * before a name: "critics of", "an aide to Mayor", "supporters of Ms.". The phrase names people
 * around the person, who is only the preposition's object (as the PolNeAR eval's grammar reads a
 * source "Aides to Mr. Pell" or "a spokesman for …": a description, not the name).
 */
const AROUND_NAME = /(?:^|[^\p{L}-])([\p{L}-]+)\s+(?:of|for|to)\s+(\p{Lu}[\p{L}-]*\.?\s+)?$/u;

/** A noun for someone described, or for a group: "aide", "daughter", "critics", "supporters". */
function personOrGroupNoun(word: string): boolean {
  return PERSON_NOUNS.has(word) || SPEAKS_FOR_SOMEONE.has(word) || groupHead(word);
}

/** Whether the name starting at `start` says where a person the cue describes is from. */
export function fromPersonNoun(body: string, cueStart: number, start: number): boolean {
  const noun = FROM_AFTER_NOUN.exec(body.slice(Math.max(cueStart, start - 60), start))?.[1];
  return (
    noun !== undefined &&
    (PERSON_NOUNS.has(noun) || SPEAKS_FOR_SOMEONE.has(noun) || TITLE_HEADS.has(noun))
  );
}

/**
 * Whether the person named from `start` is only the object of a person or group noun the cue's
 * subject is headed by: "Critics of Ada Lund said", "said an aide to Ada Lund" (the critics or
 * the aide speak, never Lund). A one-word name read as a person may be a body ("a spokesman for
 * Brightmart", whom the spokesman speaks for), so only a relative's noun counts for it ("the
 * daughter of Vint said": a body has no relatives).
 */
export function aroundPersonNoun(
  body: string,
  cueStart: number,
  start: number,
  fullName = true,
): boolean {
  const around = AROUND_NAME.exec(body.slice(Math.max(cueStart, start - 60), start));
  const noun = around?.[1];
  if (noun === undefined) return false;
  // A title's own phrase ("Secretary of State Ada Lund", "ambassador to Norland Ivo Vint") is
  // part of the name: title heads are not read here.
  const lower = noun.toLowerCase();
  // "a friend of Ms. Lund": an honorific makes the one word a person's surname, no body's.
  const honorific = honorificGender(around?.[2]?.trim() ?? "") !== null;
  if (fullName || honorific) return personOrGroupNoun(lower);
  // A body has no relatives and no friends, neighbours or classmates ("a neighbour of Vint").
  return (
    isKinNoun(lower) || ASSOCIATE_NOUNS.has(lower) || ASSOCIATE_NOUNS.has(lower.replace(/s$/, ""))
  );
}

/**
 * "Attorneys for Ada Lund opposed the move, saying …": a participle cue names no one, and its
 * speaker was read from the clause it hangs on; when every mention of that speaker there is the
 * object of a person or group noun (as for a subject before "said"), the attorneys speak, not
 * Lund.
 */
function participleSubjectAroundNoun(
  text: ArticleText,
  registry: EntityRegistry,
  speaker: number,
  cueStart: number,
  person: boolean,
  fullName: boolean,
): boolean {
  if (!/^\p{L}+ing\b/u.test(text.body.slice(cueStart, cueStart + 30))) return false;
  const sentence = text.sentenceAt(cueStart);
  if (sentence === undefined) return false;
  const { mentions } = registry.mentionLists();
  let named = 0;
  for (let i = registry.firstFrom(sentence.span.start); i < mentions.length; i += 1) {
    const m = mentions[i]!;
    if (m.start >= cueStart) break;
    if (m.entity !== speaker || m.possessive) continue;
    named += 1;
    if (!(person && aroundPersonNoun(text.body, sentence.span.start, m.start, fullName)))
      return false;
  }
  return named > 0;
}

/** Clears the speaker of every quote whose cue names the speaker only as a modifier of a group. */
export function dropSpeakersModifyingGroup(
  text: ArticleText,
  registry: EntityRegistry,
  drafts: QuoteDraft[],
): void {
  const { mentions } = registry.mentionLists();
  for (const draft of drafts) {
    if (draft.cue === null || typeof draft.speaker !== "number") continue;
    const { start, end } = draft.cue;
    // "A delegate from Orvale said", "the mayor of Velden said": the person described speaks,
    // never the place (a body's spokesman "from the Harbour Trust" still speaks for it).
    const describedFrom = registry.kindOf(draft.speaker) !== "organization";
    // "Critics of Ada Lund said": a person named as the object of the subject's noun.
    const record = registry.entities[draft.speaker]!;
    const person = record.kind === "person";
    const fullName = /\s/.test(record.name);
    let named = 0;
    let modifying = 0;
    // The sorted mentions from the cue's start on, not all of them for every quote (a run-on text
    // of cues was quadratic); a mention within the cue starts at or before its end.
    const from = registry.firstFrom(start);
    let upTo = from;
    while (upTo < mentions.length && mentions[upTo]!.start <= end) upTo += 1;
    // Late mentions likewise: those starting within the cue, through their index.
    const late = lateMentionsBetween(registry, start, end + 1);
    for (const list of [mentions.slice(from, upTo), late]) {
      for (const m of list) {
        if (m.entity !== draft.speaker || m.start < start || m.end > end || m.possessive) continue;
        named += 1;
        if (
          modifiesGroup(text.body, m.end, end) ||
          (placedInSubject(text.body, start, m.start) &&
            !(
              registry.kindOf(draft.speaker) === "organization" &&
              publishedIn(text.body, start, m.start)
            )) ||
          conductsSurvey(text.body, start, m.start) ||
          (describedFrom && fromPersonNoun(text.body, start, m.start)) ||
          (person && aroundPersonNoun(text.body, start, m.start, fullName)) ||
          (registry.kindOf(draft.speaker) === "place" &&
            placeAfterDescribedPerson(text.body, start, m.start))
        )
          modifying += 1;
      }
    }
    if (named === 0) {
      if (!participleSubjectAroundNoun(text, registry, draft.speaker, start, person, fullName))
        continue;
    } else if (modifying < named) continue;
    draft.refused = draft.speaker;
    draft.speaker = null;
    draft.cue = null;
  }
}
