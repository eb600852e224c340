import type { ArticleId, Span } from "@parallax/core";
import type { AlignUnit } from "../align/units.ts";

/** The conflict checks that say which guard refused a pair of statements. */
export type RefusingCheck = "date" | "figure" | "negation" | "speaker";

/** A statement of a refused pair, as a comparison's claim groups place it. */
export type RefusedStatement = { articleId: ArticleId; span: Span };

/**
 * A pair of statements a conflict check compared and did not report, and the first guard that
 * refused it ("date:sameSubject"); `<check>:found` when the check reported it (a later pass may
 * still drop the conflict). A diagnostic only: no comparison reads it.
 */
export type ConflictRefusal = {
  check: RefusingCheck;
  guard: string;
  a: RefusedStatement;
  b: RefusedStatement;
  /** The two values compared (a's, b's), when the check compares values of the statements. */
  values?: readonly [Span, Span];
  /**
   * Told for diagnostics only: the check never compared the pair, and no guard refused it (a day
   * of another verb left out of a happening's days: `dates/event-dates.ts`). A report of the guard
   * that decided a pair reads past it.
   */
  unmet?: true;
};

/** Receives each refusal; absent in every comparison but a diagnostic run, and then costs nothing. */
export type RefusalSink = (refusal: ConflictRefusal) => void;

/**
 * Tells the sink, when there is one, that `check` refused (or found) the pair by `guard`, or, when
 * `unmet`, that the check never compared it.
 */
export function tellRefusal(
  sink: RefusalSink | undefined,
  check: RefusingCheck,
  guard: string,
  a: AlignUnit,
  b: AlignUnit,
  values?: readonly [Span, Span],
  /** The pair never met in the check (`ConflictRefusal.unmet`). */
  unmet = false,
): void {
  if (!sink) return;
  sink({
    check,
    guard: `${check}:${guard}`,
    a: { articleId: a.articleId, span: a.span },
    b: { articleId: b.articleId, span: b.span },
    ...(values ? { values } : {}),
    ...(unmet ? { unmet: true as const } : {}),
  });
}
