/** A text as a regular expression matching it literally (names, written words, outlet names). */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
