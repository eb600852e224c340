import type { Conflict, Figure } from "@parallax/core";
import { perUnit } from "../align/per-unit.ts";
import type { AlignUnit } from "../align/units.ts";
import { completeRow, representatives, type Value } from "./conflict-rows.ts";
import { countsTheDone } from "./figures/done-counts.ts";
import { measureHead, sameMeasure } from "./figures/measures.ts";
import { equalValues, figurePairReading } from "./figures/pairs.ts";
import { joinSharedRows } from "./figures/shared-rows.ts";
import { partKey } from "./figures/whole-parts.ts";
import {
  alignedAsOne,
  type ConflictContext,
  clauseLemmas,
  conflictEvidence,
  sameSubject,
  sameTime,
  statesSomething,
  valueVerb,
} from "./guards.ts";
import { happeningWord } from "./happenings/noun-words.ts";
import { tellRefusal } from "./refusals.ts";
import { sameSubjectBesideSources } from "./source-names.ts";

export { dateConflicts } from "./dates/conflicts.ts";
export type { ConflictContext } from "./guards.ts";

/**
 * Figures that disagree inside a group: two statements aligned as one fact, about the same people
 * and the same year, each giving one figure of the same kind and unit that counts the same thing
 * (the same head noun, and the clauses holding them share a word or the statements are worded
 * alike), with values no hedge reconciles ("more than 30" and "35" agree). A range that contains the
 * other value is not a disagreement, nor a value the other statement also gives.
 */
export function figureConflicts(
  allUnits: readonly AlignUnit[],
  context: ConflictContext,
  /** A pass that drops a conflict by its kind and first two values says so here, before its row. */
  keep?: (kind: Conflict["kind"], first: readonly Value[], a: AlignUnit, b: AlignUnit) => boolean,
): Conflict[] {
  const conflicts: Conflict[] = [];
  const reported = new Set<string>();
  const units = representatives(
    allUnits,
    (unit) => figureKeys(unit).keys,
    (unit, key) => {
      const { byFigure } = figureKeys(unit);
      const values: string[] = [];
      unit.figures.forEach((f, i) => {
        if (byFigure[i]?.includes(key)) values.push(String(f.value));
      });
      return values;
    },
  );
  for (let i = 0; i < units.length; i += 1) {
    for (let j = i + 1; j < units.length; j += 1) {
      const a = units[i] as AlignUnit;
      const b = units[j] as AlignUnit;
      if (a.articleIndex === b.articleIndex) continue;
      const refused = figureStatementsRefusal(a, b, context);
      if (refused !== null) {
        tellRefusal(context.refused, "figure", refused, a, b);
        continue;
      }
      for (const fa of a.figures) {
        for (const fb of b.figures) {
          const found = figurePairReading(a, fa, b, fb, context);
          if (typeof found === "string") {
            tellRefusal(context.refused, "figure", found, a, b, [fa.span, fb.span]);
            continue;
          }
          const key = `${fa.unit}|${[fa.value, fb.value].sort().join("|")}`;
          if (reported.has(key)) {
            tellRefusal(context.refused, "figure", "reported", a, b, [fa.span, fb.span]);
            continue;
          }
          reported.add(key);
          const head = measureHead(fa) ?? measureHead(fb);
          const verbs = [
            valueVerb(a, fa.span.start, fa.span.end),
            valueVerb(b, fb.span.start, fb.span.end),
          ];
          const toValue = (unit: AlignUnit, f: Figure): Value => ({
            articleId: unit.articleId,
            text: f.text,
            span: f.span,
          });
          const kind = fa.kind === "time" ? "time" : "figure";
          if (keep && !keep(kind, [toValue(a, fa), toValue(b, fb)], a, b)) {
            tellRefusal(context.refused, "figure", "keep", a, b, [fa.span, fb.span]);
            continue;
          }
          tellRefusal(context.refused, "figure", "found", a, b, [fa.span, fb.span]);
          conflicts.push({
            kind,
            subject:
              fa.kind === "time"
                ? "time of day"
                : (fa.measure ?? fb.measure ?? `${fa.kind} (${fa.unit})`),
            values: completeRow(
              [toValue(a, fa), toValue(b, fb)],
              [
                ...allUnits,
                ...elsewhere(fa, fb, a, b, context),
                ...elsewhere(fb, fa, a, b, context),
              ],
              (unit) =>
                unit.figures.filter(
                  (f) =>
                    f.unit === fa.unit &&
                    f.kind === fa.kind &&
                    (measureHead(f) === null ||
                      measureHead(f) === head ||
                      sameMeasure(f, fa) ||
                      sameMeasure(f, fb) ||
                      countsTheDone(f, verbs)),
                ),
              (f) => String(f.value),
              [String(fa.value), String(fb.value)],
              toValue,
            ),
            evidence: conflictEvidence(a, b, context, found),
          });
        }
      }
    }
  }
  const unitAt = new Map<string, string>();
  for (const unit of allUnits)
    for (const f of unit.figures) unitAt.set(`${unit.articleId}|${f.span.start}`, f.unit);
  return joinSharedRows(conflicts, (v) => unitAt.get(`${v.articleId}|${v.span?.start}`) ?? null);
}

/**
 * The first guard that keeps two statements' figures apart whatever they are, by name, or null
 * when their figures are compared: the checks run in this order.
 */
function figureStatementsRefusal(
  a: AlignUnit,
  b: AlignUnit,
  context: ConflictContext,
): string | null {
  if (!statesSomething(a) || !statesSomething(b)) return "statesSomething";
  if (!alignedAsOne(a, b, context)) return "alignedAsOne";
  if (!sameTime(a, b)) return "sameTime";
  if (!sameSubject(a, b, context) && !sameSubjectBesideSources(a, b, context)) return "sameSubject";
  return null;
}

/**
 * The keys under which a statement's figures are compared: unit and kind, and a part count also by
 * its words, so two outlets counting it in two nouns meet (figures/whole-parts.ts). Read once per statement:
 * every group check and every pair of the event and measure passes asked them again, reading the
 * text after each figure for a part, for each key of each figure.
 */
const figureKeys = perUnit((unit) => {
  const byFigure = unit.figures.map((f) => [`${f.unit}|${f.kind}`, partKey(unit, f)]);
  const keys = byFigure.flat().filter((k): k is string => k !== null);
  return { byFigure, keys };
});

/**
 * Statements outside the group that give the same value of the same thing (same unit, same head
 * noun or a measure opening either disputed figure's, a clause sharing a word with one of the two statements in conflict): another outlet that
 * says "300 residents" in a sentence grouped elsewhere still belongs in the row.
 */
function elsewhere(
  figure: Figure,
  other: Figure,
  a: AlignUnit,
  b: AlignUnit,
  context: ConflictContext,
): AlignUnit[] {
  const found = context.statingFigure?.(`${figure.unit}|${figure.value}`) ?? [];
  if (found.length === 0) return [];
  const head = measureHead(figure);
  const around = new Set([...a.lemmas, ...b.lemmas]);
  // "The 5.9-magnitude quake struck the island" beside "a 5.9 magnitude earthquake …": one
  // happening named by two nouns of its class is a shared word.
  const happenings = new Set([...around].map(happeningWord));
  return found.filter((unit) =>
    unit.figures.some((f) => {
      if (f.unit !== figure.unit || !equalValues(f.value, figure.value)) return false;
      // "a seven-yard touchdown pass" in the row of "a seven-yard touchdown reception" against "a
      // fourteen-yard touchdown": the one measure opens the other.
      if (measureHead(f) !== head && !sameMeasure(f, figure) && !sameMeasure(f, other))
        return false;
      return [...clauseLemmas(unit, f.span.start, f.span.end)].some(
        (w) => w !== head && (around.has(w) || happenings.has(happeningWord(w))),
      );
    }),
  );
}
