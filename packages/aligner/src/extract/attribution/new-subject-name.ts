// Attribution layer: whether a subject the registry first met at a main clause's verb is safely a
// name ("In Washington, President Ada Lund released …", "The Harbour Trust emailed …", "the HTA
// lists …") rather than a capitalised common word opening a sentence ("Audiences can expect …").

import type { EntityRegistry } from "../entities/entity-registry.ts";

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
  if (!/^\p{Lu}\p{Ll}+$/u.test(name)) return false;
  return !/^[\s“"‘']*$/u.test(body.slice(sStart, body.indexOf(name, sStart)));
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
