// Entity layer: the capitalised name that ends a speaker phrase nobody introduced ("Jane Doe
// said", "Ms Virtanen said", "Later de Vries said"), cut to the words that name (name.ts).

import { isPartyMemberWord } from "../../../../lexicons/party-words.ts";
import { INDEFINITE_PRONOUNS } from "../../../../lexicons/pronouns.ts";
import {
  notAGivenName,
  PARTICLES_BEFORE,
  PHRASE_ENDING_NAME,
  WORD_BEFORE_PARTICLE,
} from "../mention-patterns.ts";
import { describesName } from "../names/title-then-name.ts";

/** The capitalised words ending `phrase` that could be a name, or null. */
export function nameEndingPhrase(phrase: string): string | null {
  // The end-anchored pattern is tried at every offset: skip it when the phrase cannot end a name.
  const lastCode = phrase.charCodeAt(phrase.length - 1);
  const named =
    (lastCode >= 97 && lastCode <= 122) || lastCode >= 0xc0
      ? PHRASE_ENDING_NAME.exec(phrase)
      : null;
  return named === null ? null : (named[1] ?? "");
}

/**
 * Whether the words can be someone's name: not led by a determiner or a word for unnamed
 * sources ("The", "Officials"), nor an indefinite pronoun ("One said", "Others warned": people,
 * but nobody's name), nor ended by a party member's word ("said one Orvale Republican": a
 * description, never a person surnamed Republican).
 */
export function couldNameSomeone(named: string): boolean {
  return (
    !/^(?:The|A|An|Some|Officials?|Sources?|Observers?|Analysts?|Experts?)\b/.test(named) &&
    !INDEFINITE_PRONOUNS.has(named.toLowerCase()) &&
    !isPartyMemberWord(named.slice(named.lastIndexOf(" ") + 1))
  );
}

/** The name without an honorific and the title words and person nouns before it. */
export function withoutDescribingWords(named: string): string {
  let name = named;
  // "Ms Virtanen said": the honorific is no part of the name; the surname names the person.
  const honorific = /^(?:Mrs?|Ms|Dr) (?=[A-Z])/.exec(name);
  if (honorific) name = name.slice(honorific[0].length);
  // "Harbour Chief Executive Ivo Vint said", "Actress Lena Marsh said": title words and person
  // nouns before the name describe the person, they are no part of the name.
  let space = name.indexOf(" ");
  while (space > 0 && name.indexOf(" ", space + 1) > 0 && describesName(name.slice(0, space))) {
    name = name.slice(space + 1);
    space = name.indexOf(" ");
  }
  return name;
}

/**
 * The name without a word telling when before a particle, and the surname to look up first:
 * the name with its particles ("van der Lund said"), the name after such a word ("Later de
 * Gaulle said"), or null (a particle only counts inside a full name).
 */
export function surnameWithParticles(
  phrase: string,
  named: string,
): { name: string; surname: string | null } {
  let name = named;
  // "Later de Vries said": a word telling when, before a particle, is no given name.
  const lead = WORD_BEFORE_PARTICLE.exec(name);
  const adverb = lead !== null && notAGivenName(lead[1]!);
  if (adverb) name = name.slice(lead[0].length);
  const particles =
    name.indexOf(" ") < 0
      ? PARTICLES_BEFORE.exec(phrase.slice(0, phrase.length - name.length))
      : null;
  const surname = particles !== null ? `${particles[1]}${name}` : adverb ? name : null;
  return { name, surname };
}
