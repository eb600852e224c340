import type { Figure } from "@parallax/core";
import { COUNT_OPENERS } from "../../../lexicons/figure-hedges.ts";
import { STATE_VERB_FORMS } from "../../../lexicons/function-words.ts";
import type { AlignUnit } from "../../align/units.ts";
import { clauseAround } from "../guards.ts";
import { namedInCommon } from "../named-ids.ts";
import type { FigurePairTest } from "./figure-pair-test.ts";
import { measureWords, sameMeasureWords } from "./measures.ts";

/** Words after a counted group that make it what something befell or what it is, not who acted. */
const NOT_ACTING_AFTER = new RegExp(String.raw`^[\s,]*(?:${STATE_VERB_FORMS.join("|")})\b`, "i");

/** What may stand before a count that opens its clause: an article or a hedge. */
const OPENS_CLAUSE = new RegExp(String.raw`^\s*(?:(?:${COUNT_OPENERS.join("|")})\s+)?$`, "i");

/** A measure of at least this many words names one kind of actor ("masked gunmen"), not "men". */
const ACTOR_WORDS = 2;

/**
 * A relative clause whose doer is the counted group ("at four masked gunmen who fled the bakery"),
 * not one saying what it is or what befell it ("who were shot").
 */
const ACTING_RELATIVE = new RegExp(
  String.raw`^\s*,?\s*who\s+(?!(?:${STATE_VERB_FORMS.map((form) => form.replace(/ been$/, "")).join("|")})\b)\p{L}`,
  "iu",
);

/** The doer of a passive: "was shot by two masked gunmen". */
const PASSIVE_DOER_BEFORE = /\bby\s+(?:the\s+)?$/i;

/** A report's words before the clause it reports: "police said that four masked gunmen fled". */
const REPORTED_CLAUSE_BEFORE = /^.*\b(?:said|says|say|told\s+\p{L}+)(?:\s+that)?\s+/isu;

/**
 * Whether a count is the group that acts: it opens its clause, nothing but an article or a hedge
 * before it, with no "were"/"is" after its measure ("Four masked gunmen stormed …", "At noon, four
 * masked gunmen, one in a wig, entered …"), or a relative clause after its measure has it do
 * something ("guards fired at eight masked gunmen who stormed the bakery"), or it is a passive's
 * doer ("was robbed by four masked gunmen"); an opening clause may be reported ("police said that
 * four masked gunmen fled"). Not "two masked gunmen were shot", "guards chased eight masked gunmen".
 */
function actingGroup(unit: AlignUnit, figure: Figure): boolean {
  const clause = clauseAround(unit, figure.span.start, figure.span.end);
  if (clause === null) return false;
  const offset = figure.span.end - unit.span.start;
  const measure = figure.measure ?? "";
  const at = unit.text.indexOf(measure, offset);
  if (measure === "" || at < 0 || at > offset + 2) return false;
  const after = unit.text.slice(at + measure.length);
  if (ACTING_RELATIVE.test(after) || PASSIVE_DOER_BEFORE.test(clause.before)) return true;
  const opening = clause.before.replace(REPORTED_CLAUSE_BEFORE, "");
  return OPENS_CLAUSE.test(opening) && !NOT_ACTING_AFTER.test(after);
}

/**
 * Whether two outlets count one group of actors: each count opens its clause as the group that
 * acts, measured in the very same words of at least two ("Four masked gunmen stormed the Vint
 * bakery" / "eight masked gunmen fled the bakery"). The verbs may differ — each outlet tells
 * another moment of what the one group did — while the group counted stays the same.
 */
export function countedActors(a: AlignUnit, fa: Figure, b: AlignUnit, fb: Figure): boolean {
  if (fa.kind !== "count" || fb.kind !== "count" || !sameMeasureWords(fa, fb)) return false;
  if (measureWords(fa.measure ?? "").split(" ").length < ACTOR_WORDS) return false;
  return actingGroup(a, fa) && actingGroup(b, fb);
}

/**
 * Whether two statements past their articles' leads count one group of actors about one holder:
 * counted actors (above) and a person or organisation both name ("Vint fired at four masked gunmen
 * who stormed the bakery" / "two masked gunmen shot Vint"). Background set phrases are often two
 * facts in one template (guards.ts `backgroundComparable`), but a group named in two words or more
 * and acting in both, around one named holder, is one group counted twice.
 */
export const actorsOfOneHolder: FigurePairTest = (a, fa, b, fb, context) => {
  return countedActors(a, fa, b, fb) && namedInCommon(a, b, context.isPlace) > 0;
};
