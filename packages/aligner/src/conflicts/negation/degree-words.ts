import { DEGREE_CLASSES } from "../../../lexicons/synonym-classes.ts";

/* Words of degree that tell one thing in a denial and a statement ("severely" / "seriously"). */

const CLASS_OF: ReadonlyMap<string, string> = new Map(
  DEGREE_CLASSES.flatMap((members) => members.map((m) => [m, members[0] as string] as const)),
);

/** The degree class of a word or lemma, its -ly adverb read as the adjective; undefined if none. */
export function degreeClass(word: string): string | undefined {
  const lower = word.toLowerCase();
  return (
    CLASS_OF.get(lower) ?? (lower.endsWith("ly") ? CLASS_OF.get(lower.slice(0, -2)) : undefined)
  );
}

/** Whether two words tell one degree: "severely" and "seriously", not "severely" and "slightly". */
export function sameDegree(a: string, b: string): boolean {
  const left = degreeClass(a);
  return left !== undefined && left === degreeClass(b);
}
