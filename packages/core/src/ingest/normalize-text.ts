import { collapseSpacesAndTabs } from "./collapse-whitespace.ts";

/**
 * The normalisation every input goes through before parsing (and before hashing for the id):
 * line endings become "\n", text is NFC, invisible format characters and stray control
 * characters are dropped, non-breaking spaces become spaces and trailing spaces are trimmed.
 * Quotes, dashes and everything else visible are kept as written.
 */
export function normalizeText(text: string): string {
  return (
    text
      .replace(/\r\n?|[\u2028\u2029\u0085]/g, "\n")
      .normalize("NFC")
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b\u2060\ufeff]/g, "")
      .replace(/[\u00a0\u202f]/g, " ")
      .split("\n")
      // trimEnd, not /[ \t]+$/gm: that regex is quadratic on a long run of inner spaces.
      .map((line) => line.trimEnd())
      .join("\n")
  );
}

/** Collapses runs of spaces and tabs inside one paragraph and trims its ends. */
export function tidyParagraph(text: string): string {
  return collapseSpacesAndTabs(text).trim();
}
