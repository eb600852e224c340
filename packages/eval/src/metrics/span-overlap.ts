/** A half-open character range [start, end). */
export type Range = { start: number; end: number };

export function overlapLength(a: Range, b: Range): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Characters of `system` inside any of `gold`'s parts (the parts do not overlap each other). */
export function overlapWithParts(system: Range, gold: readonly Range[]): number {
  let total = 0;
  for (const part of gold) total += overlapLength(system, part);
  return total;
}

/**
 * The matching rule of every suite: a system span matches a gold item when they share at least
 * half of the shorter of the two (the gold item may be in several parts, e.g. a quotation broken
 * by "he said"). A one-word touch at a boundary is no match; a system quote that takes only one
 * part of a broken quotation is.
 */
export function spansMatch(system: Range, gold: readonly Range[]): boolean {
  const goldLength = gold.reduce((sum, part) => sum + (part.end - part.start), 0);
  const shorter = Math.min(system.end - system.start, goldLength);
  if (shorter <= 0) return false;
  return overlapWithParts(system, gold) * 2 >= shorter;
}
