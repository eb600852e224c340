import { renderTable } from "../report/table.ts";
import { readWordList } from "../text/word-list.ts";
import type { SentenceUnit } from "./statement-pairs.ts";

const FUNCTION_WORDS = readWordList(new URL("../../data/function-words.txt", import.meta.url));
const CALENDAR_WORDS = readWordList(new URL("../../data/calendar-words.txt", import.meta.url));
const NUMBER_WORDS = new Set(
  [...readWordList(new URL("../../data/perturb-number-words.txt", import.meta.url))].map(
    (line) => line.split(" ")[0] as string,
  ),
);
const WEEKDAYS = new Set([
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
]);

/**
 * What could tell two sentences' happenings apart, read from their words alone (the system's
 * reading aside, so the classes say what evidence exists, not what the system saw):
 * - weekday: both name a weekday, none the same;
 * - figure: both give figures (digits or number words), none the same;
 * - names: both name someone or somewhere (a capitalised word inside the sentence), none the same;
 * - own names: each names someone the other does not, though they share a name;
 * - none: nothing of the above.
 * The first that holds is the pair's class, so the counts add up to the pairs.
 */
export const EVIDENCE_CLASSES = ["weekday", "figure", "names", "own names", "none"] as const;
export type EvidenceClass = (typeof EVIDENCE_CLASSES)[number];

type Reading = { weekdays: Set<string>; figures: Set<string>; names: Set<string> };

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.,-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;

export function readSentence(text: string): Reading {
  const reading: Reading = { weekdays: new Set(), figures: new Set(), names: new Set() };
  for (const match of text.matchAll(WORD)) {
    const word = match[0].replace(/['’]s$/u, "");
    const lower = word.toLowerCase();
    const index = match.index ?? 0;
    if (WEEKDAYS.has(lower)) reading.weekdays.add(lower);
    else if (/^\p{N}/u.test(word) || NUMBER_WORDS.has(lower)) reading.figures.add(lower);
    else if (
      /^\p{Lu}/u.test(word) &&
      !sentenceStart(text, index) &&
      !FUNCTION_WORDS.has(lower) &&
      !CALENDAR_WORDS.has(lower)
    )
      reading.names.add(lower);
  }
  return reading;
}

/** Whether `index` begins the text or follows a sentence end or an opening quotation mark. */
function sentenceStart(text: string, index: number): boolean {
  const before = text.slice(0, index).trimEnd();
  return before === "" || /[.!?:"“]$/u.test(before);
}

const disjoint = (a: Set<string>, b: Set<string>) =>
  a.size > 0 && b.size > 0 && ![...a].some((x) => b.has(x));

export function evidenceClass(a: Reading, b: Reading): EvidenceClass {
  if (disjoint(a.weekdays, b.weekdays)) return "weekday";
  if (disjoint(a.figures, b.figures)) return "figure";
  if (disjoint(a.names, b.names)) return "names";
  const own = (x: Set<string>, y: Set<string>) => [...x].some((n) => !y.has(n));
  if (own(a.names, b.names) && own(b.names, a.names)) return "own names";
  return "none";
}

export type EvidenceCounts = Record<
  EvidenceClass,
  { wrongAcross: number; wrongWithin: number; right: number }
>;

export function emptyEvidenceCounts(): EvidenceCounts {
  return Object.fromEntries(
    EVIDENCE_CLASSES.map((c) => [c, { wrongAcross: 0, wrongWithin: 0, right: 0 }]),
  ) as EvidenceCounts;
}

export function addEvidenceCounts(a: EvidenceCounts, b: EvidenceCounts): EvidenceCounts {
  const sum = emptyEvidenceCounts();
  for (const c of EVIDENCE_CLASSES)
    for (const k of ["wrongAcross", "wrongWithin", "right"] as const) sum[c][k] = a[c][k] + b[c][k];
  return sum;
}

/**
 * The pairs a story's events put together (sentences of different documents sharing a story
 * event), by evidence class: wrong pairs across the topic's two sub-topics (two alike happenings
 * told as one), wrong pairs within one, and right pairs (what a rule on that evidence would cost).
 * `parts` are the story's sub-topics with their documents.
 */
export function pairEvidence(
  units: readonly SentenceUnit[],
  parts: readonly { subtopic: string; docs: readonly { id: string }[] }[],
): EvidenceCounts {
  const subtopic = new Map(parts.flatMap((s) => s.docs.map((d) => [d.id, s.subtopic] as const)));
  const subtopicOf = (doc: string) => subtopic.get(doc) ?? "";
  const counts = emptyEvidenceCounts();
  const readings = units.map((u) => readSentence(u.text));
  for (let i = 0; i < units.length; i++)
    for (let j = i + 1; j < units.length; j++) {
      const a = units[i] as SentenceUnit;
      const b = units[j] as SentenceUnit;
      if (a.doc === b.doc || ![...a.storyEvents].some((e) => b.storyEvents.has(e))) continue;
      const entry = counts[evidenceClass(readings[i] as Reading, readings[j] as Reading)];
      if ([...a.events].some((e) => b.events.has(e))) entry.right++;
      else if (subtopicOf(a.doc) === subtopicOf(b.doc)) entry.wrongWithin++;
      else entry.wrongAcross++;
    }
  return counts;
}

/** The class counts as a table, with an "all" row: the share wrong a rule must beat to gain. */
export function renderEvidence(counts: EvidenceCounts): string {
  const row = (label: string, wrongAcross: number, wrongWithin: number, right: number) => {
    const all = wrongAcross + wrongWithin + right;
    const share = all === 0 ? "n/a" : ((wrongAcross + wrongWithin) / all).toFixed(3);
    return [label, String(wrongAcross), String(wrongWithin), String(right), share];
  };
  const sum = (k: "wrongAcross" | "wrongWithin" | "right") =>
    EVIDENCE_CLASSES.reduce((n, c) => n + counts[c][k], 0);
  const rows = [
    ...EVIDENCE_CLASSES.map((c) =>
      row(c, counts[c].wrongAcross, counts[c].wrongWithin, counts[c].right),
    ),
    row("all", sum("wrongAcross"), sum("wrongWithin"), sum("right")),
  ];
  return [
    "Event pairs of the mixed stories by the evidence their two sentences give apart (the first that holds: both name",
    "weekdays, none the same; figures, none the same; names, none the same; each names someone the other does not; none).",
    "wrong across: the topic's two sub-topics told as one happening. A rule parting one class's pairs gains precision only",
    "where the class's share wrong is above the share of all pairs.",
    renderTable(["evidence", "wrong across", "wrong within", "right", "share wrong"], rows),
  ].join("\n");
}
