// Attribution layer: the person or organisation that opens a sentence's main clause, titles and
// asides allowed before and after the name ("Former prosecutor and Mayor Ada Lund, who backs
// Vint, trashed the plan …", "Sen. Ada Lund (D-Harbour) on Saturday criticized …"): the subject
// that a later participle or coordinated verb of that clause carries on.

import { DETERMINERS } from "../../../../lexicons/function-words.ts";
import { RANK_WORDS, TITLE_HEADS, TITLE_WORDS } from "../../../../lexicons/title-words.ts";
import { firstIndexWhere } from "../../../sorted-search.ts";
import type { ArticleText } from "../../article-text.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import { atMainClauseStart } from "./main-clause-start.ts";

/** At most this many words of title before the name. */
const TITLE_REACH = 8;

/**
 * The entity of the first name (a person or organisation, past places inside a title; not a possessor) in the
 * main clause of the sentence starting at `sStart`, before `limit`: the clause opens the sentence,
 * follows a dateline, or follows an opening chain and its comma (`isOpeningChain`); only title
 * words, capitalised words, determiners and "and" stand between the clause's start and the name.
 * Null when no such name opens the clause.
 */
export function mainClauseOpener(
  text: ArticleText,
  registry: EntityRegistry,
  sStart: number,
  limit: number,
): number | null {
  const { body } = text;
  return atMainClauseStart(body, sStart, limit, (from) => openerFrom(body, registry, from, limit));
}

/**
 * The name opening the clause at `from` (null: a clause that opens otherwise, or with a place or
 * a possessor; undefined: no name at all before `limit`, so a later comma may start the clause).
 */
function openerFrom(
  body: string,
  registry: EntityRegistry,
  from: number,
  limit: number,
): number | null | undefined {
  // "Harbour City Mayor Ada Lund": a place inside the title is read past.
  let i = firstMentionFrom(registry, from);
  while (isPlace(registry, i)) i += 1;
  const m = registry.mentions[i];
  if (m === undefined || m.start >= limit) return undefined;
  let words = 0;
  for (const word of body.slice(from, m.start).match(/[^\s“"]+/gu) ?? []) {
    words += 1;
    const lower = word.toLowerCase();
    if (words > TITLE_REACH || /[,;:()”"]/.test(word)) return undefined;
    if (/^\p{Lu}/u.test(word) || DETERMINERS.has(lower) || lower === "and") continue;
    if (TITLE_HEADS.has(lower) || TITLE_WORDS.has(lower) || RANK_WORDS.has(lower)) continue;
    return undefined;
  }
  if (m.inQuote || m.possessive || m.entity === null || m.ambiguous) return null;
  if (/^[’']s?\s/u.test(body.slice(m.end, m.end + 3))) return null;
  return m.entity;
}

function isPlace(registry: EntityRegistry, i: number): boolean {
  const m = registry.mentions[i];
  return m !== undefined && m.entity !== null && registry.kindOf(m.entity) === "place";
}

/** Index of the first mention starting at or after `offset`. */
function firstMentionFrom(registry: EntityRegistry, offset: number): number {
  return firstIndexWhere(registry.mentions, (m) => m.start >= offset);
}
