// Entity layer: a name before a reporting verb that names a group of people, a public body or a
// place, never a person: "Harbourlanders say" (a nation's people), "many Latinos said", "a dozen
// members of Congress told", "the former secretary of State said", "the city of Orrin urged". The
// group or body speaks as an organisation, the town as a place: the quote keeps its speaker, and
// no person of that name is made.
import type { EntityKind } from "@parallax/core";
import {
  DEPARTMENT_HEADS_BEFORE_OF,
  ENDOWMENT_HEADS,
  INSTITUTION_HEADS,
  PUBLIC_BODY_NAMES,
} from "../../../../lexicons/organization-words.ts";
import { PARTY_WORDS } from "../../../../lexicons/party-words.ts";
import { GROUP_NOUNS } from "../../../../lexicons/person-nouns.ts";
import { PLACE_OF_HEADS } from "../../../../lexicons/place-nouns.ts";
import { ACRONYM_NAME } from "../mention-patterns.ts";
import { isPluralGroupNoun } from "./group-nouns.ts";

/** Capitalised singulars of party members and other groups: "Democrat", "Latino". */
const GROUP_MEMBERS: ReadonlySet<string> = new Set([
  ...GROUP_NOUNS,
  ...[...PARTY_WORDS.keys()].map((k) => k[0]!.toUpperCase() + k.slice(1)),
]);

/** "the city of " right before a name: the name is a town's. */
const TOWN_OF = new RegExp(`\\b(?:${PLACE_OF_HEADS.join("|")}) of $`, "u");

/** "<Head> of " or "<Head> for " right before a name: the head word. */
const HEAD_OF = /(\p{L}+) (?:of|for) (?:the )?$/u;

/**
 * The kind of entity a speaker's name starting at body offset `start` is when it is no person's:
 * "organization" for a group ("Democrats", "Senate Republicans", "Canadians") or a public body ("Congress",
 * "State" in "secretary of State"), "place" for a town named as one ("the city of Orrin"). Null
 * when it may be a person's.
 */
export function groupOrBodyKind(body: string, start: number, name: string): EntityKind | null {
  const before = body.slice(Math.max(0, start - 40), start);
  if (endsOnGroupNoun(name)) return "organization";
  if (name.indexOf(" ") < 0 && TOWN_OF.test(before)) return "place";
  if (PUBLIC_BODY_NAMES.has(name)) return "organization";
  const head = HEAD_OF.exec(before)?.[1];
  if (head !== undefined && DEPARTMENT_HEADS_BEFORE_OF.has(head)) return "organization";
  return null;
}

/** Whether a plural group noun ends `name`: "Democrats", "Senate Republicans", "Harbour-Landers". */
export function endsOnGroupNoun(name: string): boolean {
  const last = name.slice(Math.max(name.lastIndexOf(" "), name.lastIndexOf("-")) + 1);
  return last.endsWith("s") && (isPluralGroupNoun(last) || GROUP_MEMBERS.has(last.slice(0, -1)));
}

/**
 * Whether an entity of `kind` named `name` speaks as a person does in a clause's grammar: a person,
 * or a group of people ("Senate Republicans quickly learned that …").
 */
export function speaksAsPerson(kind: EntityKind, name: string): boolean {
  return kind === "person" || (kind === "organization" && endsOnGroupNoun(name));
}

/**
 * Whether an entity may be the subject that voices a quotation in its clause's grammar, as the
 * subject readers take it (sentence-subject.ts, main-clause-subject.ts, sentence-cue.ts,
 * subject-aside.ts): a person, a group of people, or an organisation named by an acronym ("The
 * OVTA called it “…”") or by an institution's head ("the Harbour Department"), which those
 * readers took as a person before acronyms and institutions were read as organisations, or one
 * marked `subjectLike` (an organisation those readers once took as a person). Other organisations stay out: their names before a verb ("The Harbour Council,
 * which Ada Lund chairs, deemed") are left to organization-subject.ts and its guards.
 */
export function speaksAsSubject(kind: EntityKind, name: string, subjectLike?: boolean): boolean {
  if (speaksAsPerson(kind, name)) return true;
  if (kind !== "organization") return false;
  // "the NRVA was whipping votes against “…”" (an acronym linked to "Norland Rail Voters
  // Association"), "The Harbour Legion has asked the council to “cease and desist”": an
  // organisation the speaker readers took as a person before speaks as it did then (PolNeAR TRAIN
  // quotes were lost without this).
  if (subjectLike === true) return true;
  // An institution named by its head ("The Harbour Department has said …", "The Dunmore Party
  // Committee released a statement, offering “…”"), which those readers also took as a person
  // before institutions were read as organisations.
  const last = name.slice(name.lastIndexOf(" ") + 1);
  if (ACRONYM_NAME.test(name) || INSTITUTION_HEADS.has(last) || ENDOWMENT_HEADS.has(last))
    return true;
  // "The Harbour Board of Elections wrote: “…”": the head before "of" (speaker-phrases/name-kinds.ts).
  const words = name.split(" ");
  return words.some((w, i) => INSTITUTION_HEADS.has(w) && words[i + 1] === "of");
}

/** speaksAsSubject of a registered entity (the sieves ask it of the speaker they resolved). */
export function registeredSpeaksAsSubject(
  registry: {
    kindOf(entity: number): EntityKind;
    readonly entities: readonly { name: string; subjectLike?: boolean }[];
  },
  entity: number,
): boolean {
  const record = registry.entities[entity]!;
  return speaksAsSubject(registry.kindOf(entity), record.name, record.subjectLike);
}
