/** Maps a lemma to its synonym class; the classes themselves are data in lexicons/synonym-classes.ts. */
import { SYNONYM_CLASSES, VERB_SENSES } from "../../lexicons/synonym-classes.ts";

const SYNONYM: ReadonlyMap<string, string> = new Map(
  SYNONYM_CLASSES.flatMap((members) =>
    members.map((member) => [member, members[0] as string] as const),
  ),
);

/**
 * The class representative of a lowercase lemma, after undoing the derivations that the lemmatiser
 * keeps ("significantly" → "significant" → "substantial").
 */
export function canonicalLemma(lemma: string, pos = ""): string {
  const verbSense = pos === "VERB" ? VERB_SENSES.get(lemma) : undefined;
  if (verbSense) return verbSense;
  const direct = SYNONYM.get(lemma);
  if (direct) return direct;
  if (lemma.length > 5 && lemma.endsWith("ly")) {
    const adjective = SYNONYM.get(lemma.slice(0, -2));
    if (adjective) return adjective;
  }
  return lemma;
}
