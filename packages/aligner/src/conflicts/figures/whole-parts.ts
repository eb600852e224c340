import type { Figure } from "@parallax/core";
import type { AlignUnit } from "../../align/units.ts";
import { measureWords, sameMeasureWords } from "./measures.ts";
import { countsAPart } from "./part-counts.ts";

/**
 * "A gang of four thieves, two of them disguised as guards" / "The four robbers, three of whom were
 * disguised as guards": two counts of a part, each read in the noun its own statement counted the
 * whole in (thief, robber), so of two units. They count one thing when the words after them are
 * the same word for word and the wholes they are parts of agree ("four thieves" / "four robbers");
 * wholes that differ may be two groups, and are left alone.
 */
export function partsOfOneWhole(a: AlignUnit, fa: Figure, b: AlignUnit, fb: Figure): boolean {
  if (fa.kind !== fb.kind || !countsAPart(a, fa) || !countsAPart(b, fb)) return false;
  if (!sameMeasureWords(fa, fb)) return false;
  const x = wholeOf(a, fa);
  const y = wholeOf(b, fb);
  return x !== null && y !== null && x.value === y.value;
}

/** The count a part count is part of: the nearest figure of its unit before it that is no part. */
function wholeOf(unit: AlignUnit, part: Figure): Figure | null {
  let whole: Figure | null = null;
  for (const f of unit.figures)
    if (
      f.span.start < part.span.start &&
      f.unit === part.unit &&
      f.kind === part.kind &&
      !countsAPart(unit, f) &&
      (whole === null || f.span.start > whole.span.start)
    )
      whole = f;
  return whole;
}

/**
 * The key a part count shares with another statement's count of the same part in another noun
 * ("part|count|disguised as guard"), for the group check that compares only statements holding a
 * disputed key; null for a figure that counts no part or says nothing after it.
 */
export function partKey(unit: AlignUnit, figure: Figure): string | null {
  if (!figure.measure || figure.measure === "age" || !countsAPart(unit, figure)) return null;
  return `part|${figure.kind}|${measureWords(figure.measure)}`;
}
