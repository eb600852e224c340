// Attribution layer, part of the in-clause cue sieve: a definite description opening the main
// clause ("the Oregon Republican", "the former senator") as the subject a coordinated or
// participle cue carries on: "In an interview, the Oregon Republican criticized the plan and said
// dockers wanted to know if the port is “still in business.”" → the one person the article
// described so (described-person.ts), never a guess between people.

import { PERSON_NOUNS } from "../../../../lexicons/person-nouns.ts";
import { TITLE_HEADS, TITLE_WORDS } from "../../../../lexicons/title-words.ts";
import type { ArticleText } from "../../article-text.ts";
import { describedSpeaker } from "../../entities/descriptions/described-person.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import { atMainClauseStart } from "./main-clause-start.ts";

/** "the" and at most four words of place, party or title: the description before its verb. */
const DESCRIPTION = /^[Tt]he((?:\s+[\p{L}-]+){1,4}?)\s+(?=\p{Ll})/u;

/**
 * The person a description opening the main clause of the sentence at `sStart` takes up, when the
 * clause's verb comes right after it (before `verbStart`): the clause opens the sentence, follows
 * a dateline, or follows an opening chain and its comma ("In an interview with reporters
 * Thursday, the Oregon Republican …"). Only a description whose every word is capitalised or a
 * title word counts; the person is the one the registry finds described so, else null.
 */
export function describedClauseSubject(
  text: ArticleText,
  registry: EntityRegistry,
  sStart: number,
  verbStart: number,
): number | null {
  const { body } = text;
  return atMainClauseStart(body, sStart, verbStart, (from) =>
    descriptionAt(registry, body, from, verbStart),
  );
}

/** The person the description at `from` takes up; undefined when no description opens there. */
function descriptionAt(
  registry: EntityRegistry,
  body: string,
  from: number,
  verbStart: number,
): number | null | undefined {
  let at = from;
  while (body.charCodeAt(at) === 32) at += 1;
  const m = DESCRIPTION.exec(body.slice(at, verbStart));
  if (m === null) return undefined;
  const words = m[1]!.trim().split(/\s+/);
  const head = words[words.length - 1]!;
  if (!words.every((w) => /^\p{Lu}/u.test(w) || TITLE_WORDS.has(w) || TITLE_HEADS.has(w)))
    return null;
  if (/^\p{Ll}/u.test(head) && !TITLE_HEADS.has(head) && !PERSON_NOUNS.has(head)) return null;
  const person = describedSpeaker(registry, at, at + m[0].trimEnd().length);
  if (typeof person !== "number" || registry.kindOf(person) !== "person") return null;
  return person;
}
