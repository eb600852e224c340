import { its, nlp } from "../english-model.ts";

/** Plurals whose singular is not the word less its "s"; "persons" counts what "people" does. */
const IRREGULAR_SINGULAR: Record<string, string> = {
  men: "man",
  women: "woman",
  children: "child",
  persons: "people",
};

/**
 * "robbers" → "robber", "bodies" → "body", "men" → "man", "thieves" → "thief": the unit a counted
 * noun names. Words ending in "ves" go to the language model's lemma, as no suffix rule tells
 * "thieves" (thief) from "detectives" (detective).
 */
export function singular(noun: string): string {
  const irregular = IRREGULAR_SINGULAR[noun];
  if (irregular !== undefined) return irregular;
  // "gunmen" → "gunman", "schoolchildren" → "schoolchild" (counted-nouns.ts takes only a "-men"
  // word whose "-man" form is English).
  if (/[a-z]men$/.test(noun)) return `${noun.slice(0, -3)}man`;
  if (/[a-z]children$/.test(noun)) return noun.slice(0, -3);
  if (noun.length > 4 && noun.endsWith("ies")) return `${noun.slice(0, -3)}y`;
  if (/(?:ss|us|is)$/.test(noun)) return noun;
  if (/(?:sh|ch|x|ss)es$/.test(noun)) return noun.slice(0, -2);
  if (noun.endsWith("ves"))
    return nlp
      .readDoc(noun)
      .tokens()
      .itemAt(0)
      .out(its.lemma as never) as unknown as string;
  if (noun.endsWith("s")) return noun.slice(0, -1);
  return noun;
}
