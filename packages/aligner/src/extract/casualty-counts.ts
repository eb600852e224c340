import type { AddFigure } from "./counted-nouns.ts";
import { NUMBER_PATTERN, parseNumber, readsAsYear } from "./number-words.ts";
import type { WordIndex } from "./word-index.ts";
import { matchesAt, sticky, wordQuery } from "./word-index.ts";

/**
 * "killing 12", "injuring at least 15 and …": a number right after a verb of harm or rescue
 * counts people even without the noun. Vocabulary: the verbs casualty and rescue reports use
 * (English news style), each with the participle that names the measure.
 */
export const CASUALTY_STEMS: Record<string, string> = {
  kill: "killed",
  injur: "injured",
  wound: "wounded",
  hurt: "hurt",
  arrest: "arrested",
  rescu: "rescued",
  evacuat: "evacuated",
  displac: "displaced",
  hospitaliz: "hospitalized",
  hospitalis: "hospitalized",
  detain: "detained",
};
const CASUALTY = new RegExp(
  `\\b(${Object.keys(CASUALTY_STEMS).join("|")})(?:ing|ed|e|es|s)? (?:(?:at least|about|around|nearly|almost|more than|over|some|up to|another) )?(${NUMBER_PATTERN})(?=\\s*(?:[,.;:)—–]|$)|\\s(?:and|in|on|at|when|after|before|as|while|during|including|across|since)\\b)`,
  "g",
);
const CASUALTY_AT = sticky(CASUALTY);
const CASUALTY_WORDS = wordQuery(
  Object.keys(CASUALTY_STEMS).flatMap((stem) =>
    ["ing", "ed", "e", "es", "s", ""]
      .map((end) => `${stem}${end}`)
      .filter((w) => /^[a-z]+$/.test(w)),
  ),
  true,
);
/** "fifteen people were injured": the participle after a count of people names what it counts. */
export const PEOPLE_PARTICIPLE = new RegExp(
  `^ (?:were|was|have been|had been|are|been) (?:(?:reported|confirmed|later) )?(${Object.values(CASUALTY_STEMS).join("|")})\\b`,
);

/**
 * "Eleven were killed", "… and 30 were injured": a number opening a sentence or a clause after
 * "and", told as harmed with no noun, counts people as "eleven people were killed" does.
 */
const HARMED_SUBJECT_AT = sticky(
  new RegExp(
    `(?<=^|[.!?]["”’]?\\s+|\\band\\s+)(${NUMBER_PATTERN})${PEOPLE_PARTICIPLE.source.slice(1)}`,
    "gm",
  ),
);

/**
 * "the blast left 11 dead", "leaving at least 20 injured": a number between "left"/"leaving" and a
 * harm adjective, with no noun after it, counts people as "killing 11" does; "dead" is the measure
 * "killed" so both meet. "left 11 injured players" counts players (read in counted-nouns.ts).
 */
const HARM_ADJECTIVE: Record<string, string> = {
  dead: "killed",
  injured: "injured",
  wounded: "wounded",
  hurt: "hurt",
};
const LEFT_HARMED_AT = sticky(
  new RegExp(
    `\\b(?:left|leaving|leaves|leave) (?:(?:at least|about|around|nearly|almost|more than|over|some|up to|another) )?(${NUMBER_PATTERN}) (${Object.keys(HARM_ADJECTIVE).join("|")})(?=\\s*(?:[,.;:)—–]|$)|\\s(?:and|in|on|at|when|after|before|as|while|during|including|across|since)\\b)`,
    "g",
  ),
);
const LEFT_WORDS = wordQuery(["left", "leaving", "leaves", "leave"]);

/**
 * "killing 12", "injuring at least 15 and …": counts of people after a verb of harm or rescue.
 * `numberStarts`: every offset where a number can start, ascending (figures.ts); each pattern
 * runs sticky at the offsets it can start at, with the same matches as a scan of the body.
 */
export function readCasualties(
  body: string,
  words: WordIndex,
  numberStarts: readonly number[],
  add: AddFigure,
): void {
  for (const m of matchesAt(body, HARMED_SUBJECT_AT, numberStarts)) {
    const number = m[1] ?? "";
    const value = parseNumber(number);
    if (!(value >= 2) || readsAsYear(number, value)) continue;
    const start = m.index ?? 0;
    add(start, start + number.length, "count", value, null, "people", m[2] ?? null);
  }
  for (const m of matchesAt(body, LEFT_HARMED_AT, words.starts(LEFT_WORDS))) {
    const number = m[1] ?? "";
    const value = parseNumber(number);
    if (!(value >= 1) || readsAsYear(number, value)) continue;
    const start = (m.index ?? 0) + m[0].length - (m[2] ?? "").length - 1 - number.length;
    add(
      start,
      start + number.length,
      "count",
      value,
      null,
      "people",
      HARM_ADJECTIVE[m[2] ?? ""] ?? null,
    );
  }
  for (const m of matchesAt(body, CASUALTY_AT, words.starts(CASUALTY_WORDS))) {
    const number = m[2] ?? "";
    const value = parseNumber(number);
    if (!(value >= 1) || readsAsYear(number, value)) continue;
    const end = m.index + m[0].length;
    add(
      end - number.length,
      end,
      "count",
      value,
      null,
      "people",
      CASUALTY_STEMS[m[1] ?? ""] ?? null,
    );
  }
}
