import { its, nlp } from "../english-model.ts";

/** Plurals whose singular is not the word less its "s"; "persons" counts what "people" does. */
const IRREGULAR_SINGULAR: Record<string, string> = {
  men: "man",
  women: "woman",
  children: "child",
  persons: "people",
};

/**
 * "fishermen", "policewomen", "gunmen": plurals of a compound of "man" or "woman", as a pattern
 * fragment for the count readers; a few words end so and count nothing ("specimen", "abdomen").
 */
export const MEN_PLURAL =
  "(?!(?:specimen|abdomen|regimen|acumen|semen|albumen|stamen|hymen|omen|amen)\\b)[a-z]*men";

const MEN_PLURAL_WORD = new RegExp(`^${MEN_PLURAL}$`);

/**
 * "robbers" → "robber", "bodies" → "body", "men" → "man", "thieves" → "thief": the unit a counted
 * noun names. Words ending in "ves" go to the language model's lemma, as no suffix rule tells
 * "thieves" (thief) from "detectives" (detective).
 */
export function singular(noun: string): string {
  const irregular = IRREGULAR_SINGULAR[noun];
  if (irregular !== undefined) return irregular;
  // "fishermen" → "fisherman", as "men" → "man" ("specimen" never reaches here: MEN_PLURAL).
  if (/[a-z]men$/.test(noun) && MEN_PLURAL_WORD.test(noun)) return `${noun.slice(0, -3)}man`;
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
