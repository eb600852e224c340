/**
 * Version of the alignment algorithm. Stored with every comparison so a cached comparison made by an
 * older algorithm can be recognised and recomputed. Bump it whenever the output can change.
 */
export const ALIGNER_VERSION = "0.31.45";
