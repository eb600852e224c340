// Attribution layer: a transcript quoted paragraph by paragraph, the speaker's label inside the
// quotation (`"LUND: We have a plan.` / `"VINT: That's not true.`): the label names the speaker and
// is no part of the words.
import { RANK_WORDS, TITLE_HEADS } from "../../../lexicons/title-words.ts";
import type { ArticleText } from "../article-text.ts";
import type { EntityRegistry } from "../entities/entity-registry.ts";
import { capitalised, opposite } from "../entities/name-rules.ts";
import { writtenInFull } from "../entities/surnames/late-surname-echoes.ts";
import { honorificGender } from "../person-names.ts";
import type { Quotation } from "../quotation-marks.ts";
import { quotationAt } from "../quotation-marks.ts";
import type { QuoteDraft } from "./quote-drafts.ts";

/**
 * The label at the start of a quotation's words: an optional dotted title ("MR.", "Ms."), one to
 * three words (letters, apostrophes, hyphens; two letters at least, so "Q:" is none), a colon and
 * the words. A colon before a digit ("10:30") or glued to what follows ("HTTP://") is none.
 */
const LABEL =
  /^(?:(\p{Lu}\p{L}{1,3})\.\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s*:\s+(?=[^\s\d])/u;

/**
 * Whether quoted words open on a label of the shape above (`Vint: We never …`), whoever it names:
 * a name of capitalised words, never a clause (`There is only one: Vint.`).
 */
export function opensOnLabel(words: string): boolean {
  return LABEL.test(words.trimStart());
}

/** Title words that may stand before a surname in a label (title-words.ts). */
const LABEL_TITLE = new Set([...TITLE_HEADS, ...RANK_WORDS]);

/** A label's words, its span (up to the colon) and where the quoted words start. */
type LabelShape = {
  words: string[];
  title: string | undefined;
  start: number;
  end: number;
  wordsStart: number;
};

/**
 * The label opening a quotation, whoever it names: the quotation opens its paragraph or follows
 * another one (`“LUND: …” “VINT: …”`), and a label in capitals introduces words in ordinary case (a
 * placard's `“LUND: NO MORE CUTS”` is no transcript).
 */
function labelShape(text: ArticleText, quotation: Quotation): LabelShape | null {
  const { body } = text;
  const paragraph = text.paragraphs[quotation.paragraphIndex];
  if (paragraph === undefined) return null;
  // What stands last before the quotation in its paragraph, spaces aside: nothing, or the close
  // of another quotation. Read backwards from the mark, not by slicing the paragraph's start,
  // which would grow with the square of a long paragraph of quotations.
  let at = quotation.open;
  while (at > paragraph.start && /\s/u.test(body[at - 1] as string)) at -= 1;
  const before = at === paragraph.start ? "" : (body[at - 1] as string);
  if (before !== "" && before !== "”" && before !== '"') return null;
  // A label is a few words: no need to read the whole quotation for it.
  const m = LABEL.exec(body.slice(quotation.start, Math.min(quotation.end, quotation.start + 60)));
  if (m === null) return null;
  const capitals = m[2] === m[2]!.toUpperCase();
  const wordsStart = quotation.start + m[0].length;
  // Words set in capitals too: a placard or a headline, not a turn of speech.
  if (capitals && !/\p{Ll}/u.test(body.slice(wordsStart, quotation.end))) return null;
  // Title-case words are a label only at the paragraph's start: mid-paragraph, `“Lund: A Life”`
  // is a film's title.
  if (!capitals && before !== "") return null;
  const start = quotation.start;
  return {
    words: m[2]!.split(/\s+/u),
    title: m[1],
    start,
    end: start + m[0].indexOf(":") + 1,
    wordsStart,
  };
}

/**
 * Gives each labelled quotation of a transcript its speaker and takes the label out of its words:
 * the one person the article names in full ("Ada Lund") whose surname, or full name, the label is
 * in any case ("LUND", "ADA LUND", "Lund"); two such people → "ambiguous". A label naming no one
 * (a role, "MODERATOR:"; a heading, "NOTE:") gives no speaker and makes no person, and after a
 * labelled turn it is a turn of its own, not the earlier speaker's words going on. A speaker read
 * from a cue in the quotation's own paragraph stays; one carried over from an earlier paragraph
 * gives way to the label.
 */
export function creditTranscriptLabels(
  text: ArticleText,
  registry: EntityRegistry,
  drafts: QuoteDraft[],
): void {
  const turns = new Set<QuoteDraft>();
  for (const draft of drafts) {
    if (!draft.direct) continue;
    const quotation = text.quotations[quotationAt(text.quotations, draft.start)];
    if (quotation === undefined || draft.start !== quotation.start) continue;
    const paragraph = text.paragraphs[quotation.paragraphIndex]!;
    const ownCue =
      draft.speaker !== null &&
      draft.cue !== null &&
      draft.cue.start >= paragraph.start &&
      draft.cue.end <= paragraph.end;
    if (ownCue) continue;
    const label = labelShape(text, quotation);
    if (label === null) continue;
    const people = labelledPeople(registry, label);
    if (people.length === 0) {
      if (draft.continues !== undefined && turns.has(draft.continues)) draft.continues = undefined;
      continue;
    }
    draft.speaker = people.length === 1 ? people[0]! : "ambiguous";
    draft.cue = { start: label.start, end: label.end };
    draft.start = label.wordsStart;
    turns.add(draft);
  }
}

/**
 * The people a label's words name: by the last word as a surname in any case, the first word as
 * the given name when there are more (past title words), an honorific's gender; each written in full somewhere
 * outside the label.
 */
function labelledPeople(
  registry: EntityRegistry,
  { words, title, start, end }: LabelShape,
): number[] {
  const surname = words[words.length - 1]!;
  // "SENATOR LUND:", "DEPUTY MINISTER VINT:": title words before the surname name no given name.
  const named = words.filter((w, i) => i === words.length - 1 || !LABEL_TITLE.has(w.toLowerCase()));
  const given = named.length > 1 ? named[0]!.toUpperCase() : null;
  // "MR." as "Mr.": an honorific in capitals still says the speaker's gender.
  const said = title === undefined ? null : honorificGender(capitalised(title.toLowerCase()));
  return registry.namedByAnyCase(surname).filter((e) => {
    const record = registry.entities[e]!;
    if (!writtenInFull(record.name)) return false;
    if (given !== null && record.name.split(" ")[0]!.toUpperCase() !== given) return false;
    if (said !== null && record.gender === opposite(said)) return false;
    return registry.mentions.some((m) => m.entity === e && (m.end <= start || m.start >= end));
  });
}
