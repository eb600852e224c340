import { DETERMINERS, PREPOSITIONS } from "../../../../lexicons/function-words.ts";
import { IRREGULAR_PAST } from "../../../../lexicons/irregular-verbs.ts";
import { RANK_WORDS, TITLE_HEADS, TITLE_WORDS } from "../../../../lexicons/title-words.ts";
import type { ArticleText } from "../../article-text.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import { labelStart } from "../../parenthesised-label.ts";
import { colonRightBefore } from "../cues/colon-introduced.ts";
import { VERBS } from "../sieve-words.ts";

/**
 * `Sen. Dora Pell (D-Ore.): “We will appeal.”` / `Pollsters agree - Ed Vashti: “…”`: a speaker
 * label, as in a transcript or a round-up of quotations — a person's name and nothing else
 * (title words and a party label allowed) between the start of its clause and a colon right
 * before the opening mark. The clause starts the sentence, or follows a spaced dash or a
 * closing quotation mark (`Pell: “…” Vint: “…”`), after a round-up's "More from". Only a person
 * the registry found counts ("Warning: “…”" names no one).
 */
export function speakerLabel(
  text: ArticleText,
  open: number,
  registry: EntityRegistry,
): { speaker: number; start: number; end: number } | null {
  const { body } = text;
  // Just past the colon.
  const colon = colonRightBefore(body, open) + 1;
  if (colon === 0) return null;
  const sentence = text.sentenceAt(open);
  const from = Math.max(sentence?.span.start ?? 0, colon - 80);
  const label = LABEL.exec(body.slice(from, colon - 1));
  // `Ada Lund on Twitter:` / `Lund, a pilot, on the ruling:`: the label and where or on what.
  const set = label === null ? settingLabel(body, sentence?.span.start ?? 0, colon - 1) : null;
  if (label === null && set === null) return null;
  const start =
    label === null ? set!.start : from + label.index + label[0].length - label[1]!.length;
  // "Sen. Dora Pell (D-Ore.)": the name ends before the party label; `Wire Chief On Vint:` (a
  // headline's capitals): the name, if any, ends before the preposition, never after it.
  const labelEnd = label === null ? set!.end : prepositionInLabel(body, start, colon - 1);
  let end = labelStart(body, start, labelEnd);
  while (end > start && body.charCodeAt(end - 1) === 32) end -= 1;
  // A person the text names, never one made of the label ("Warning" is no one): a full name
  // ending there, or a surname mention of a known person.
  const lastWord = body.lastIndexOf(" ", end - 1) + 1;
  const speaker = registry.personEndingAt(end) ?? registry.entityAt(Math.max(start, lastWord));
  if (typeof speaker !== "number" || registry.kindOf(speaker) !== "person") return null;
  return { speaker, start, end: colon };
}

/**
 * Where a title-case preposition other than "of" ("On", "About", "To") starts inside the label
 * [start, end) after its first word — the label's setting, as in `Ada Lund On Vint:` — else end.
 */
function prepositionInLabel(body: string, start: number, end: number): number {
  const words = /\s(\p{Lu}\p{Ll}*)(?=\s)/gu;
  const label = body.slice(start, end);
  for (let m = words.exec(label); m !== null; m = words.exec(label)) {
    const word = m[1]!.toLowerCase();
    if (word !== "of" && SETTING_PREPOSITIONS.has(word)) return start + m.index;
  }
  return end;
}

/** Lowercase words of a title a label may hold before the name: "Former secretary of state". */
const LABEL_TITLE_WORDS = [...new Set([...TITLE_HEADS, ...TITLE_WORDS, ...RANK_WORDS])]
  // "Taxes for Ada Lund:": a preposition other than "of" puts the name in a phrase.
  .filter((w) => /^[\p{Ll}-]+$/u.test(w) && (w === "of" || !PREPOSITIONS.has(w)))
  .join("|");

/**
 * The label: at the clause's start (the text's start, a spaced dash, a closing quotation mark)
 * one to five capitalised words, dotted titles and initials among them, and an optional
 * parenthesised party label; a round-up's "More from" may lead (`More from Pell: “…”`). Lowercase
 * title words may stand among the words before the last (`Former secretary of state Ada Lund:`),
 * never closing it.
 */
const LABEL = new RegExp(
  `(?:^|\\s[-–—]\\s|[”"]\\s+)(?:More from\\s+)?((?:(?:\\p{Lu}[\\p{L}’'.-]*|(?:${LABEL_TITLE_WORDS}))\\s+){0,6}\\p{Lu}[\\p{L}’'-]*(?:\\s*\\([^()]{1,30}\\))?)\\s*$`,
  "u",
);

/** Whether `gap` (the words between two quotations) is a speaker label alone: `Vint: `. */
export function isLabelGap(gap: string): boolean {
  const m = /^\s*(.*?)\s*:\s*$/su.exec(gap);
  return m !== null && LABEL.test(m[1]!) && LABEL.exec(m[1]!)!.index === 0;
}

/**
 * A label that opens its sentence and goes on with the setting of the words, no verb of its own:
 * `Ada Lund on Twitter:`, `Lund, in a statement:`, `Lund, a pilot, on the ruling:`, `Lund,
 * reacting to the vote:` — the name (as in LABEL), an optional appositive set off by commas, then
 * a phrase opened by a preposition or an -ing word, holding no finite verb of saying, -ed form
 * or irregular past (`Lund on what Vint said:` may quote Vint). The name's span, or null.
 */
function settingLabel(
  body: string,
  sStart: number,
  colon: number,
): { start: number; end: number } | null {
  if (colon - sStart > 140) return null;
  const clause = body.slice(sStart, colon);
  const m = SETTING_LABEL.exec(clause);
  if (m === null) return null;
  const setting = m[2]!.match(/\p{L}[\p{L}’'-]*/gu) ?? [];
  // "in a Facebook post": a reporting form after a determiner or a name is a noun.
  const finite = (w: string, k: number) =>
    VERBS.has(w) &&
    !w.endsWith("ing") &&
    !DETERMINERS.has(setting[k - 1]?.toLowerCase() ?? "") &&
    !/^\p{Lu}/u.test(setting[k - 1] ?? "");
  if (setting.some((w, k) => finite(w, k) || /^\p{Ll}{2,}ed$/u.test(w))) return null;
  if (setting.some((w) => IRREGULAR_PAST.has(w) && !SETTING_PREPOSITIONS.has(w))) return null;
  const start = sStart + m.index + m[0].indexOf(m[1]!);
  return { start, end: start + m[1]!.length };
}

/** Prepositions that open the setting after a label: "on Twitter", "in a statement". */
const SETTING_PREPOSITIONS: ReadonlySet<string> = new Set(
  "on in at to about during after before from via over with".split(" "),
);

const SETTING_LABEL = new RegExp(
  `^\\s*((?:(?:\\p{Lu}[\\p{L}’'.-]*|(?:${LABEL_TITLE_WORDS}))\\s+){0,6}\\p{Lu}[\\p{L}’'-]*(?:\\s*\\([^()]{1,30}\\))?)(?:,\\s+[^,:;“”"()]{1,60},)?,?\\s+((?:${[...SETTING_PREPOSITIONS].join("|")}|\\p{Ll}+ing)\\s[^,:;“”"()]{1,50})\\s*$`,
  "u",
);
