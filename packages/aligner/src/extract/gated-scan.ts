const NONE: RegExpExecArray[] = [];

/**
 * All matches of a global pattern, skipping the scan when the text holds none of the literal
 * strings every match must contain. `includes` is far cheaper than a regex pass, and most
 * articles lack most date and figure forms.
 */
export function scanIf(
  text: string,
  pattern: RegExp,
  needles: readonly string[],
): Iterable<RegExpExecArray> {
  for (const needle of needles) if (text.includes(needle)) return text.matchAll(pattern);
  return NONE;
}
