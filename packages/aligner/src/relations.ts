import type { Conflict, Figure, Relation } from "@parallax/core";
import { perUnit } from "./align/per-unit.ts";
import { sameFigure } from "./align/score.ts";
import type { AlignUnit } from "./align/units.ts";

/** One side says this much more than the other (in content words) before it counts as "says more". */
const MORE_RATIO = 1.8;
/** Share of one side's content words the other must also use for the two to agree. */
const AGREE_COVERAGE = 0.5;

/**
 * How the outlets in a group relate: `unique` when only one article makes the statement, `conflict`
 * when a value disagrees, `partial` when one side says clearly more (a figure, a date, a person, or
 * much more content) than another or most of one side's content words are not in the other, else
 * `agree`.
 */
export function groupRelation(
  units: readonly AlignUnit[],
  conflicts: readonly Conflict[],
): Relation {
  const articles = new Map<number, AlignUnit[]>();
  for (const unit of units) {
    const side = articles.get(unit.articleIndex);
    if (side) side.push(unit);
    else articles.set(unit.articleIndex, [unit]);
  }
  if (articles.size < 2) return "unique";
  if (conflicts.length > 0) return "conflict";
  const sides = distinctSides(
    firstOfEachReading([...articles.values()]).map((side) => ({
      lemmas: new Set(side.flatMap((u) => u.lemmas)),
      figures: side.flatMap((u) => u.figures),
      dates: new Set(side.flatMap((u) => u.dates.map((d) => d.value))),
    })),
  );
  for (let i = 0; i < sides.length; i += 1) {
    for (let j = 0; j < sides.length; j += 1) {
      if (i === j) continue;
      const a = sides[i] as (typeof sides)[number];
      const b = sides[j] as (typeof sides)[number];
      if (a.figures.some((fa) => !b.figures.some((fb) => sameFigure(fa, fb)))) return "partial";
      for (const d of a.dates) if (!b.dates.has(d)) return "partial";
      if (
        a.lemmas.size >= MORE_RATIO * Math.max(1, b.lemmas.size) &&
        a.lemmas.size - b.lemmas.size >= 4
      ) {
        return "partial";
      }
      // "Agree" means the same facts: two statements that share a topic ("a joint statement at the
      // summit") but each say mostly something else (what it will include / what the trip is for)
      // overlap only in part.
      let covered = 0;
      for (const lemma of a.lemmas) if (b.lemmas.has(lemma)) covered += 1;
      if (a.lemmas.size > 0 && covered / a.lemmas.size < AGREE_COVERAGE) return "partial";
    }
  }
  return "agree";
}

type Side = { lemmas: Set<string>; figures: Figure[]; dates: Set<string | null> };

/**
 * One side of each distinct reading (its lemmas, figures by unit and value, and days, as sets):
 * every check above reads these alone, two sides alike pass them against each other, and either
 * fails against a third side exactly when the other does, so the relation is the same. A large
 * group's sides are mostly copies (~500,000 pairs of sides on a generated 1,000-article story).
 * A figure whose value is no finite number matches nothing, not even itself: then every side stays.
 */
function distinctSides(sides: Side[]): Side[] {
  if (sides.some((side) => side.figures.some((f) => !Number.isFinite(f.value)))) return sides;
  const seen = new Set<string>();
  return sides.filter((side) => {
    const key = [
      [...side.lemmas].sort().join(" "),
      [...new Set(side.figures.map((f) => `${f.unit}|${f.value}`))].sort().join(" "),
      [...side.dates].map(String).sort().join(" "),
    ].join("\u0000");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The articles' sides of a group without those whose statements read exactly as an earlier side's
 * (the same lemma lists, figures and days, statement by statement): `distinctSides` would drop
 * them after building their sets and sorted keys, and a large group's sides are mostly copies of
 * one agency text. With a figure that is no finite number, every side stays, as there.
 */
function firstOfEachReading(sides: AlignUnit[][]): AlignUnit[][] {
  if (sides.some((side) => side.some((u) => u.figures.some((f) => !Number.isFinite(f.value)))))
    return sides;
  const seen = new Set<string>();
  return sides.filter((side) => {
    const key =
      side.length === 1 ? readingKey(side[0] as AlignUnit) : side.map(readingKey).join("\u0000");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * What `groupRelation` reads of a statement as a key (its lemmas, its figures' units and values,
 * its days, in order), made once per statement: groups are related again as conflicts join them.
 * Control characters part the items: no lemma, unit or day holds one.
 */
const readingKey = perUnit(
  (unit) =>
    `${unit.lemmas.join("\u0002")}\u0001${unit.figures.map((f) => `${f.unit}|${f.value}`).join("\u0002")}` +
    `\u0001${unit.dates.map((d) => String(d.value)).join("\u0002")}`,
);
