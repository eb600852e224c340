// Mention layer: an organisation's name written again. The readers of organisations fire where a
// sign stands beside the name (`the conservative group Harbour Watch`, `the Norland Harbour
// Board`'s ending word); the same words elsewhere in the article (`In asking to depose Roe,
// Harbour Watch noted …`, `Harbour Watch said …`) had no mention, so a speaker phrase made a
// person of them or the sieves that read a clause's subject found nobody there.

import { isEnglishWord } from "../../english-lexicon.ts";
import { isGivenName } from "../../given-name-genders.ts";
import type { EntityRegistry } from "../entity-registry.ts";

/**
 * Links each later or earlier occurrence of an organisation's name of two or more words or of a
 * coined word (`coinedWord`), as the readers wrote it, to that organisation: only where no mention is read yet and no capitalised
 * word runs on before or after it (`the Harbour Watch Foundation`, `New Harbour Watch` are other
 * names). A name two organisations were read by names neither. Run after the organisation
 * readers and before the surname reader sorts the mentions.
 */
export function readOrganizationEchoes(r: EntityRegistry): void {
  const { body } = r.text;
  const byName = new Map<string, number | null>();
  for (const m of r.mentions) {
    if (m.form !== "name" || m.entity === null) continue;
    if (r.kindOf(m.entity) !== "organization") continue;
    const name = body.slice(m.start, m.end);
    if (!MULTIWORD_NAME.test(name) && !coinedWord(r, name)) continue;
    const known = byName.get(name);
    byName.set(name, known === undefined || known === m.entity ? m.entity : null);
  }
  if (byName.size === 0) return;
  const names = [...byName.keys()].sort((a, b) => b.length - a.length);
  for (const start of r.text.words.startsOfAny(names)) {
    const name = names.find((n) => body.startsWith(n, start));
    if (name === undefined) continue;
    const entity = byName.get(name);
    const end = start + name.length;
    if (entity === null || entity === undefined || r.overlaps(start, end)) continue;
    if (CAPITALISED_AFTER.test(body.slice(end, end + 3))) continue;
    if (capitalisedBefore(body, start)) continue;
    r.pushMention(start, end, "name", entity, r.text.sentenceIndexAt(start), null);
  }
}

/**
 * `Dockwatch`: one capitalised word that is no English word, no given name and no person's
 * surname here, so the word alone says which organisation (never `Apple`, `Ford`, `Lund`).
 */
function coinedWord(r: EntityRegistry, name: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(name) || name.length < 4) return false;
  return !isEnglishWord(name.toLowerCase()) && !isGivenName(name) && r.namedBy(name).length === 0;
}

/** Two or more words, the first capitalised, no punctuation but name punctuation. */
const MULTIWORD_NAME = /^\p{Lu}[\p{L}\p{N}.&’'-]*(?: [\p{L}\p{N}.&’'-]+)+$/u;

/** " Foundation", "-Norland": the name goes on. */
const CAPITALISED_AFTER = /^(?: \p{Lu}|-\p{L})/u;

/** A capitalised word right before (`New Harbour Watch`), unless it is "The" opening a phrase. */
function capitalisedBefore(body: string, start: number): boolean {
  if (start < 2) return false;
  const c = body[start - 1];
  if (c === "-") return true;
  if (c !== " ") return false;
  const word = /(\S+)$/u.exec(body.slice(Math.max(0, start - 40), start - 1))?.[1] ?? "";
  // "Roe, Harbour Watch": a word ending on punctuation does not run on into the name.
  return /^\p{Lu}.*\p{L}$/u.test(word) && word !== "The";
}
