/**
 * Collapses every run of whitespace to one space and trims the ends: the same result as
 * `.replace(/\s+/g, " ").trim()`, but a lone plain space (most of the gaps in prose) is not a
 * match. Replacing each of them cost ~70 ms per 2 MB of text, several times per HTML page;
 * this pattern only touches runs of two or more and single tabs, newlines or other spaces.
 */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s{2,}|[^\S ]/g, " ").trim();
}

/** Collapses runs of spaces and tabs (not newlines) to one space; a lone space is left alone. */
export function collapseSpacesAndTabs(text: string): string {
  return text.replace(/[ \t]{2,}|\t/g, " ");
}
