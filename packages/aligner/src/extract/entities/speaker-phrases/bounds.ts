// Entity layer: where a speaker phrase really starts and ends — without the spaces, commas,
// party label, generational suffix, closing time phrase and opening connective ("But", "As") around
// it (phrases.ts).

import { NAME_SUFFIXES } from "../../../../lexicons/name-particles.ts";
import { withoutClosingTime } from "../../attribution/sieves/time-before-verb.ts";
import { labelStart } from "../../parenthesised-label.ts";
import { isSpaceOrComma } from "../clause-openers.ts";
import type { EntityRegistry } from "../entity-registry.ts";

/** A capitalised word closing a phrase: a name's last word ("Trust", "Lund", "Vint"). */
const CLOSING_NAME_WORD = /(?:^|\s)\p{Lu}[\p{L}\p{N}'’.-]*$/u;

/** An honorific and a name of one or two words, then "of", "from" or "at" and what follows. */
const HONORIFIC_NAME_BEFORE_OF =
  /^((?:Mr|Mrs|Ms|Dr)\.? \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?) (?:of|from|at) /u;

/**
 * The phrase in [start, end) without what names nobody around it; null when nothing with a letter
 * is left (a stray quotation mark or dash between a quote and its verb).
 */
export function phraseBounds(
  body: string,
  start: number,
  end: number,
): { start: number; end: number } | null {
  let phraseStart = start;
  let phraseEnd = end;
  while (phraseStart < phraseEnd && isSpaceOrComma(body.charCodeAt(phraseStart))) {
    phraseStart += 1;
  }
  while (phraseEnd > phraseStart && isSpaceOrComma(body.charCodeAt(phraseEnd - 1))) phraseEnd -= 1;
  // "Sen. Jane Roe (R-Ore.)": the label names a party and a state, not the speaker.
  phraseEnd = labelStart(body, phraseStart, phraseEnd);
  while (phraseEnd > phraseStart && isSpaceOrComma(body.charCodeAt(phraseEnd - 1))) phraseEnd -= 1;
  // "Robert P. Roe Jr.": a generational suffix is no part of the name.
  const suffix = / (\p{Lu}\p{L}*)\.?$/u.exec(
    body.slice(Math.max(phraseStart, phraseEnd - 6), phraseEnd),
  );
  if (suffix !== null && NAME_SUFFIXES.has(suffix[1]!)) {
    phraseEnd -= suffix[0].length;
    while (phraseEnd > phraseStart && isSpaceOrComma(body.charCodeAt(phraseEnd - 1)))
      phraseEnd -= 1;
  }
  // "The Harbour Trust last week said": the time ends the name. Only a name is read back to: a
  // lowercase phrase before the time is a clause cut short ("a court document filed Monday"),
  // still nobody's.
  const beforeTime = withoutClosingTime(body, phraseStart, phraseEnd);
  if (beforeTime < phraseEnd && CLOSING_NAME_WORD.test(body.slice(phraseStart, beforeTime)))
    phraseEnd = beforeTime;
  const lead = /^(?:Yet|But|And|So|Meanwhile|However|Still|Also|Now|Then|As|Like)\s+/.exec(
    body.slice(phraseStart, phraseEnd),
  );
  if (lead) phraseStart += lead[0].length;
  if (phraseEnd <= phraseStart) return null;
  // A stray quotation mark or dash left between a quote and its verb names nobody.
  if (!/\p{L}/u.test(body.slice(phraseStart, phraseEnd))) return null;
  return { start: phraseStart, end: phraseEnd };
}

/**
 * Where a phrase cut inside a name starts ("… of Trade, Industry and Energy said" read from
 * "Energy"): where that name does; `phraseStart` itself otherwise.
 */
export function startOfCutName(r: EntityRegistry, phraseStart: number): number {
  const cut = r.mentions[r.firstFrom(phraseStart) - 1];
  return cut !== undefined && cut.end > phraseStart && cut.form === "name"
    ? cut.start
    : phraseStart;
}

/**
 * The end of the honorific's name in "Mr. Orsolo of the Lakeside Policy Center" (the name, never
 * the body after "of", speaks); null when the phrase is no such name.
 */
export function honorificNameEnd(
  body: string,
  phraseStart: number,
  phraseEnd: number,
): number | null {
  const honorificName = HONORIFIC_NAME_BEFORE_OF.exec(body.slice(phraseStart, phraseEnd));
  return honorificName === null ? null : phraseStart + honorificName[1]!.length;
}
