// Attribution layer: whether a subject the registry first met at a main clause's verb is safely a
// name ("In Washington, President Ada Lund released …", "The Harbour Trust emailed …", "the HTA
// lists …") rather than a capitalised common word opening a sentence ("Audiences can expect …").

import { isEnglishWord } from "../../english-lexicon.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";

/**
 * A new entity's name that is a name by its form: two capitalised words or more, or an acronym of
 * two to five capitals; a single capitalised word only when it does not open the sentence (at
 * `sStart`), where any word is capitalised.
 */
export function newSubjectIsName(
  registry: EntityRegistry,
  entity: number,
  body: string,
  sStart: number,
): boolean {
  const name = registry.entities[entity]?.name ?? "";
  if (/^\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)+$/u.test(name)) return true;
  if (/^\p{Lu}{2,5}$/u.test(name)) return true;
  // "HarbourWatch", "Dockwatch": a word no English lexicon holds, or one with a capital inside, is a
  // name even where any word is capitalised ("Audiences can expect …" is an English word).
  if (/^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+$/u.test(name)) return true;
  if (!/^\p{Lu}\p{Ll}+$/u.test(name)) return false;
  if (!isEnglishWord(name.toLowerCase())) return true;
  return !/^[\s“"‘']*$/u.test(body.slice(sStart, body.indexOf(name, sStart)));
}

/** Two or three capitalised words, a middle initial allowed: the form of a person's full name. */
export function hasFullNameForm(phrase: string): boolean {
  return /^\p{Lu}\p{Ll}+(?: \p{Lu}\.)?(?: \p{Lu}[\p{Ll}’'-]+){1,2}$/u.test(phrase);
}

/**
 * Whether a new entity, first met in a speaker's slot, is a person named in full by `phrase`:
 * the speaker-phrase reader made it a person (no organisation word, place or acronym marked it),
 * its name is the whole phrase and has a full name's form — so a given name that no lexicon holds
 * (`which Mitt Ravel called`, `“…,” Rikkie Vantell fumed.`) still names the speaker.
 */
export function newFullNamePerson(
  registry: EntityRegistry,
  entity: number,
  phrase: string,
): boolean {
  const name = registry.entities[entity]?.name ?? "";
  return registry.kindOf(entity) === "person" && name === phrase.trim() && hasFullNameForm(name);
}

/**
 * Whether the quotation opening at `open` is a thing named rather than words voiced: right after
 * a determiner ("launched the “…”") or a preposition of topic ("provisions relating to “…”",
 * "a debate about “…”"). Read only for a subject first met at its verb, whose voice is the less sure.
 */
export function quotesAThing(body: string, open: number): boolean {
  return /(?:^|[^\p{L}])(?:the|a|an|about|regarding|concerning|relating to|of)\s*$/iu.test(
    body.slice(Math.max(0, open - 20), open),
  );
}
