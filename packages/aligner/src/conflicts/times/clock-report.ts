import type { Figure } from "@parallax/core";
import { eventWords } from "../../align/lemmas.ts";
import type { AlignUnit } from "../../align/units.ts";
import { clauseAround } from "../guards.ts";

/*
 * The time a happening was reported: "the fire was reported at 3:33 a.m.", "a caller reported the
 * fire at 4:33 a.m." time the alarm, one happening each outlet can time. The verb of reporting is
 * no content word (it is how news attributes), so the clock-time reader finds no verb there.
 */

/** Words between "reported" and its clock time: "at", "around", "shortly after", "just before". */
const TIME_WORDS = "at|around|about|approximately|shortly|just|soon|before|after";
const TO_TIME = String.raw`(?:\s+(?:${TIME_WORDS}))*\s*$`;
/** A word of the thing reported, not one of the words leading to the time. */
const THING = String.raw`(?!(?:${TIME_WORDS})\b)[\p{Ll}][\p{Ll}-]+`;
/** "the fire was reported at", "a blaze had been first reported around". */
const PASSIVE = new RegExp(
  String.raw`\b([\p{Ll}][\p{Ll}-]+)\s+(?:was|were|had been|has been)\s+(?:first\s+)?reported${TO_TIME}`,
  "u",
);
/** "a caller reported the fire at": the thing reported is the object, after an article. */
const ACTIVE = new RegExp(
  String.raw`\breported\s+(?:the|a|an)\s+(?:${THING}\s+)?(${THING})${TO_TIME}`,
  "u",
);

/**
 * The happening a clock time is the report of, as `report|<noun>` ("report|fire"), when the time
 * follows "reported" right after the thing reported (passive) or right after it as the object
 * (active); null otherwise ("police reported at 4 p.m. that …" reports no thing).
 */
export function reportedHappening(unit: AlignUnit, figure: Figure): string | null {
  const clause = clauseAround(unit, figure.span.start, figure.span.end);
  if (clause === null) return null;
  const before = clause.before;
  const noun = (PASSIVE.exec(before) ?? ACTIVE.exec(before))?.[1];
  if (!noun) return null;
  const [word] = eventWords(noun);
  return word && !word.verb ? `report|${word.lemma}` : null;
}
