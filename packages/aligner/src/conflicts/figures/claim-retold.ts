import type { Figure } from "@parallax/core";
import { LIGHT_VERBS } from "../../../lexicons/event-words.ts";
import type { AlignUnit } from "../../align/units.ts";
import type { ConflictContext } from "../guards.ts";
import { namedInCommon } from "../named-ids.ts";
import { clauseAround, clauseLemmas, valueVerb } from "../value-clause.ts";
import type { FigurePairTest } from "./figure-pair-test.ts";
import { measureHead } from "./measures.ts";
import { retoldByNoun } from "./noun-retold.ts";

/**
 * Whether two statements past their articles' leads retell one claim about one holder in their own
 * words: the same verb gives both figures, both statements name one person or organisation (or quote
 * one person), they date nothing apart, and the two figures' clauses share what the figure is said
 * of besides that verb ("Ivo Vint accepted $20,000 from Castlebay firms" / "Vint accepted about
 * $40,000 in gifts from Castlebay"). Background figures are often two facts in one template (another
 * season, another city: guards.ts `backgroundComparable`), so the verb must be one of doing: a verb
 * of state, having or needing ("has 1,200 votes", "needs 40 seats") tells a tally that moves from
 * day to day, and pairs only in a clause retold nearly word for word (two shared words besides
 * the verb: "we have come a long way in the last nine months" / "… in the last six months").
 * Never shares or margins in points, which move with every poll.
 */
export const claimRetold: FigurePairTest = (a, fa, b, fb, context) => {
  // A share or a margin in points past the lead is one poll's or one count's among many ("leads the
  // field with 36 percent" / "continues to lead the field with 40 percent", "leading Vint by seven
  // points" / "led among young voters by four points"): one verb of one holder does not make two
  // such figures one (poll-shares.ts pairs shares only with the measurer named).
  if (fa.kind === "percent" || fa.unit === "point") return false;
  const own = valueVerb(a, fa.span.start, fa.span.end);
  // "is suing Lund for $80 million" / "filed a $40 million lawsuit": the verb told by its noun.
  const verb =
    own !== null && own === valueVerb(b, fb.span.start, fb.span.end)
      ? own
      : retoldByNoun(a, fa, b, fb);
  if (verb === null) return false;
  if (!oneHolder(a, b, context) || datedApart(a, b)) return false;
  const head = measureHead(fa) ?? measureHead(fb);
  const right = saidOf(b, fb);
  let shared = 0;
  for (const w of saidOf(a, fa)) if (w !== verb && w !== head && right.has(w)) shared += 1;
  return shared >= (LIGHT_VERBS.has(verb) ? RETOLD_WORDS : 1);
};

/** Words besides a light verb two clauses must share to be one remark retold. */
const RETOLD_WORDS = 2;

/**
 * Both name one person or organisation (places aside), or both quote one person: a body speaking
 * ("police said") speaks of many happenings, "18 injured in the violence" / "12 injured in the riots".
 */
function oneHolder(a: AlignUnit, b: AlignUnit, context: ConflictContext): boolean {
  if (namedInCommon(a, b, context.isPlace) > 0) return true;
  for (const id of a.speakers) if (b.speakers.has(id) && context.isPerson?.(id)) return true;
  return false;
}

/** Both give days and share none: two occasions. */
function datedApart(a: AlignUnit, b: AlignUnit): boolean {
  const days = (u: AlignUnit) =>
    new Set([...u.dates, ...u.weekdays].map((d) => d.value ?? d.text.toLowerCase()));
  const x = days(a);
  const y = days(b);
  if (x.size === 0 || y.size === 0) return false;
  for (const d of x) if (y.has(d)) return false;
  return true;
}

/**
 * What a figure's clause says it of: its content words and the names written in it past the
 * clause's first word (clauseLemmas masks names: "from Castlebay firms" / "from Castlebay").
 */
function saidOf(unit: AlignUnit, figure: Figure): Set<string> {
  const words = new Set(clauseLemmas(unit, figure.span.start, figure.span.end));
  const clause = clauseAround(unit, figure.span.start, figure.span.end);
  if (clause === null) return words;
  const text = `${clause.before} ${clause.after}`.trim();
  for (const m of text.matchAll(/(?<=\s)\p{Lu}[\p{L}'’.-]*/gu))
    words.add(m[0].replace(/['’]s$/u, "").toLowerCase());
  return words;
}
