/**
 * The simple past forms of common irregular English verbs (the irregular-verb tables of any
 * English grammar, e.g. Quirk et al. 1985, Appendix I), lowercase, hand-written by the project.
 * Forms that are also common nouns, adjectives or base forms ("left", "read", "set", "cut",
 * "hit", "put", "led", "felt", "found") are left out, so a sieve can take these for the finite
 * verb of a clause ("Roe took aim at the plan, calling it …").
 */

/** Pasts whose participle differs ("took" / "taken"): never a participle after a noun. */
export const PAST_ONLY_FORMS = `
took gave went came became began wrote rode drove rose threw grew knew drew flew blew swore
tore wore bore spoke broke chose froze ran saw ate fell forgot forgave shook stole hid bit sank
sang swam
`;

/** Pasts that are their own participle ("held" / "the talks held in Seoul"). */
export const PAST_AND_PARTICIPLE_FORMS = `
made brought bought thought sought taught caught fought sent spent lent held kept slept swept
wept stood understood withstood struck sold told won lost paid laid met fled sat got meant dealt
`;

/** The irregular pasts that are their own participle, as a set ("sent", "made"). */
export const PAST_AND_PARTICIPLE: ReadonlySet<string> = new Set(
  PAST_AND_PARTICIPLE_FORMS.trim().split(/\s+/),
);

/** Every simple past form above. */
export const IRREGULAR_PAST_FORMS = `${PAST_ONLY_FORMS} ${PAST_AND_PARTICIPLE_FORMS}`;

/** Every simple past form above, as a set of words. */
export const IRREGULAR_PAST: ReadonlySet<string> = new Set(
  IRREGULAR_PAST_FORMS.trim().split(/\s+/),
);
