// Attribution layer: the person a description's appositive names ("the nominee, Ivo Vint").

import type { EntityRegistry } from "../../entities/entity-registry.ts";

/**
 * `“…,” said the nominee, Ivo Vint.` / `“…,” wrote another user, Ada Lund, on Monday.`: the
 * phrase after an inverted verb is a description (it opens with a lowercase word, or with a
 * possessor and a lowercase noun: "the bureau's director", "Vint's aide") and a person's name
 * follows it after a comma or a dash. The name speaks, not the description. Only a name the registry read
 * as a person, not a possessor ("the aide, Vint's deputy") and not one opening a list ("the
 * hosts, Ada Lund and Ivo Vint").
 */
export function nameAfterDescription(
  body: string,
  phraseStart: number,
  phraseEnd: number,
  registry: EntityRegistry,
): number | null {
  // A comma or a dash sets the name off (`,” said the nominee — Ivo Vint — on Monday.`).
  let mark = phraseEnd;
  while (body.charCodeAt(mark) === 32) mark += 1;
  if (body[mark] !== "," && body[mark] !== "—") return null;
  if (!isDescription(body.slice(phraseStart, phraseEnd).trimEnd())) return null;
  let at = mark + 1;
  while (body.charCodeAt(at) === 32) at += 1;
  const { mentions } = registry.mentionLists();
  const m = mentions[registry.firstFrom(at)];
  if (m === undefined || m.start !== at || m.form !== "name") return null;
  if (m.entity === null || m.ambiguous || m.possessive) return null;
  if (registry.kindOf(m.entity) !== "person") return null;
  if (/^(?:['’]|\s+(?:and|or|&)\s)/.test(body.slice(m.end, m.end + 6))) return null;
  return m.entity;
}

/** "the nominee", "another user", "the bureau's director": no name of its own. */
function isDescription(phrase: string): boolean {
  if (/^\p{Ll}/u.test(phrase)) return true;
  return /^[\p{Lu}][\p{L}.-]*(?: [\p{Lu}][\p{L}.-]*)*['’]s \p{Ll}/u.test(phrase);
}
