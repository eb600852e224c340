// Entity layer: a capitalised plural that names a group of people — a faith's believers
// ("Roman Catholics"), a nation's people (a demonym the country table holds: "Canadians") — ends
// no person's name. Party members ("Mainstream Republicans") are left to the speaker phrases:
// read as no person, one such group's words went unattributed on PolNeAR train.
import { COUNTRY_FORMS } from "../../../../lexicons/country-forms.ts";
import { FAITH_NOUNS } from "../../../../lexicons/person-nouns.ts";

/** Singular nouns whose plural names a group: faiths and one-word country forms. */
const GROUP_SINGULARS: ReadonlySet<string> = new Set([
  ...FAITH_NOUNS,
  ...COUNTRY_FORMS.flatMap(([, ...forms]) => forms.filter((f) => /^\p{Lu}\p{Ll}+$/u.test(f))),
]);

/** Whether `word` is the plural of a group noun: "Catholics", "Canadians". */
export function isPluralGroupNoun(word: string): boolean {
  return word.endsWith("s") && GROUP_SINGULARS.has(word.slice(0, -1));
}
