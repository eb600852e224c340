import { nameKey } from "../../story-entities.ts";

/* Whether two speakers' names can be one person's, and whether a name is a full one (findings.ts). */

/**
 * Two spellings of one name ("Carolos" / "Karolos Papoulias", "Steele" / "Chief Steele") are not two
 * speakers: names that share a word, or spell alike, may be one person.
 */
export function mayBeOnePerson(x: string, y: string): boolean {
  const words = (name: string) =>
    name
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter((w) => w.length > 2);
  const left = new Set(words(x));
  if (words(y).some((w) => left.has(w))) return true;
  const kx = nameKey(x);
  const ky = nameKey(y);
  return editDistanceAtMost(kx, ky, 2);
}

/** A person's full name: two words or more ("Dora Pell"), not a lone word ("Authorities", "Pell"). */
export function fullName(name: string): boolean {
  return name.trim().split(/\s+/).length >= 2;
}

function editDistanceAtMost(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return (previous[b.length] as number) <= limit;
}
