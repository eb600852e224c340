/**
 * What an attribution sieve finds for a quotation: the speaker's entity index in the registry (or
 * "ambiguous" when two people fit the cue) and the span of the cue that names them.
 */
export type SieveFinding = { speaker: number | "ambiguous"; start: number; end: number };
