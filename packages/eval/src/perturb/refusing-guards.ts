import type { ConflictRefusal, RefusingCheck } from "@parallax/aligner";
import type { Span } from "@parallax/core";
import type { PerturbKind } from "./perturb-case.ts";
import type { Sides } from "./side-by-side.ts";

/**
 * A case whose edited and witness statements no check of its kind ever compared as a pair, in one
 * claim group (the group checks ran: one statement stood for another, or an earlier pair ended
 * the check) or only in one story event (only the checks across groups could).
 */
export const NO_PAIR_CHECKED = {
  group: "no pair checked, one group",
  event: "no pair checked, one story event",
} as const;

/** The conflict check that compares a kind's values (a time of day is a figure's check). */
const CHECK_OF: Partial<Record<PerturbKind, RefusingCheck>> = {
  figure: "figure",
  time: "figure",
  date: "date",
  speaker: "speaker",
  negation: "negation",
};

/** The checks that tell the refusals' sink which guard refused a pair (aligner conflicts/refusals.ts). */
const TELLING: ReadonlySet<RefusingCheck> = new Set(["date", "negation", "speaker", "figure"]);

/**
 * The guards of the case's kind that refused a pair of (an edited statement × a witness's), as the
 * stage reader set them side by side, each once, sorted; `no pair checked` when the check never
 * compared such a pair (NO_PAIR_CHECKED), a pair told as never met (`unmet`: a day of another verb
 * left out of a happening's days) counting as not compared;
 * `<check>:found` when it reported one that a later pass dropped. A kind whose check tells no
 * refusals yet reads `<check>:not told`.
 */
export function refusingGuards(
  kind: PerturbKind,
  sides: readonly Sides[],
  refusals: readonly ConflictRefusal[],
  /** Whether one claim group holds both sides (else only a story event does). */
  inOneGroup: boolean,
): string[] {
  const check = CHECK_OF[kind];
  if (!check) return [];
  if (!TELLING.has(check)) return [`${check}:not told`];
  const guards = new Set<string>();
  for (const r of refusals) {
    // A pair told only for diagnostics never met in the check: no guard of it decided the case.
    if (r.check !== check || r.unmet || guards.has(r.guard)) continue;
    if (sides.some((s) => pairsSides(s, r, 0) || pairsSides(s, r, 1))) guards.add(r.guard);
  }
  if (guards.size > 0) return [...guards].sort();
  return [inOneGroup ? NO_PAIR_CHECKED.group : NO_PAIR_CHECKED.event];
}

/**
 * Whether the refused pair is the sides' (the edited statement first when `editedAt` is 0, else
 * second), and, when the check compared two values, whether they are the edited one and the
 * witness's old one: a statement pair refused over two other figures says nothing of the case.
 */
function pairsSides(s: Sides, r: ConflictRefusal, editedAt: 0 | 1): boolean {
  const edited = editedAt === 0 ? r.a : r.b;
  const witness = editedAt === 0 ? r.b : r.a;
  if (!s.isEdited(edited) || !s.isWitness(witness)) return false;
  if (!r.values) return true;
  const editedValue = r.values[editedAt];
  const witnessValue = r.values[1 - editedAt];
  return (
    (!s.isEditedValue || s.isEditedValue(edited.articleId, editedValue as Span)) &&
    (!s.isWitnessValue || s.isWitnessValue(witness.articleId, witnessValue as Span))
  );
}
