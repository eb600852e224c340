/**
 * The simple past forms of common irregular English verbs (the irregular-verb tables of any
 * English grammar, e.g. Quirk et al. 1985, Appendix I), lowercase, hand-written by the project.
 * Forms that are also common nouns, adjectives or base forms ("left", "read", "set", "cut",
 * "hit", "put", "led", "felt", "found") are left out, so a sieve can take these for the finite
 * verb of a clause ("Roe took aim at the plan, calling it …").
 */
export const IRREGULAR_PAST_FORMS = `
took made gave went came became began brought bought thought sought taught caught fought
sent spent lent held kept slept swept wept stood understood withstood spoke broke chose froze
wrote rode drove rose struck threw grew knew drew flew blew swore tore wore bore
sold told won lost paid laid met fled sat ran saw ate fell got forgot forgave
shook stole hid bit meant dealt sank sang swam
`;
