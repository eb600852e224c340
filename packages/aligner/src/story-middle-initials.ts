/**
 * A full name's middle initials as one string ("ada q lund" → q; "ada h w lund" and "ada hw lund",
 * from "H.W.", → hw), or null when it has no middle or a middle word longer than two letters or a
 * surname particle ("Ada Maria Lund", "Ada de la Lund").
 */
export function middleInitials(
  tokens: readonly string[],
  particles: ReadonlySet<string>,
): string | null {
  const middle = tokens.slice(1, -1);
  if (middle.length === 0 || middle.some((t) => t.length > 2 || particles.has(t))) return null;
  return middle.join("");
}

/**
 * The names (given name and surname: `initialsKey`) the story writes with two middle initials
 * neither of which starts the other: "Ada W. Lund" and "Ada H.W. Lund", "Ada Q. Lund" and "Ada P.
 * Lund" are two people (a father and a son), so their initials must keep them apart. "Ada J. Lund"
 * and "Ada Jo Lund" may be one.
 */
export function clashingInitials(
  names: readonly { tokens: readonly string[]; initials: string | null }[],
): ReadonlySet<string> {
  const byName = new Map<string, Set<string>>();
  for (const { tokens, initials } of names) {
    if (initials === null) continue;
    const key = initialsKey(tokens);
    byName.set(key, (byName.get(key) ?? new Set()).add(initials));
  }
  const clashing = new Set<string>();
  for (const [key, found] of byName) {
    const all = [...found];
    const clash = all.some((a, i) =>
      all.slice(i + 1).some((b) => !a.startsWith(b) && !b.startsWith(a)),
    );
    if (clash) clashing.add(key);
  }
  return clashing;
}

/** A name's given name and surname, the key `clashingInitials` returns. */
export function initialsKey(tokens: readonly string[]): string {
  return `${tokens[0] ?? ""} ${tokens.at(-1) ?? ""}`;
}
