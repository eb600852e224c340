/**
 * "ten days of rioting" / "five days of riots and protests": two lengths of time measuring one
 * doing, named once by its noun and once by its -ing form. Asked of the first words of two
 * duration measures (singular, lower case: measures.ts), which a long measure read past its
 * noun ("rioting spread north") still opens.
 */
export function lengthsOfOneDoing(x: readonly string[], y: readonly string[]): boolean {
  const a = x[0];
  const b = y[0];
  if (a === undefined || b === undefined) return false;
  const stemA = doingStem(a);
  const stemB = doingStem(b);
  return (stemA !== null && stemA === b) || (stemB !== null && stemB === a);
}

/** The noun an -ing form is made from ("rioting" → "riot"); null when fewer than four letters come before it. */
function doingStem(word: string): string | null {
  return word.length >= 7 && word.endsWith("ing") ? word.slice(0, -3) : null;
}
