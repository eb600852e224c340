// Attribution layer: a reporting verb in a quotation's own sentence before its opening mark that
// brings another speaker, read across commas (a word scan that stops at the first mark misses
// `The councillors, however, argue that “…”`).

import type { ArticleText } from "../../article-text.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import { NOT_A_REPORT_BEFORE } from "../cues/cue-subject.ts";
import { VERBS } from "../sieve-words.ts";

/** Words as the sentence reads them: letters and apostrophes. */
const WORD = /[\p{L}’']+/gu;

/**
 * Whether the sentence holding `open` (a quotation's opening mark), begun at or after `from`, has a
 * reporting verb of someone other than `speaker` before the mark: `…,” Vint said. The councillors,
 * however, argue that “…”` → true. A verb form after a determiner is a noun (`a lament for the
 * “…”`), and a sentence that names `speaker` or holds a he/she (`Vint concludes: “…”`, `he asked,
 * “…”`) may well be that speaker's: false.
 */
export function otherSpeakerVerbBefore(
  text: ArticleText,
  registry: EntityRegistry,
  from: number,
  open: number,
  speaker: number | "ambiguous",
): boolean {
  // Only a sentence begun after the earlier cue: a participle in that cue's own sentence (`…,”
  // said Vint, explaining that …: “…”`) hangs on its speaker.
  const start = text.sentenceAt(open)?.span.start ?? from;
  if (start < from || open <= start) return false;
  const words = text.body.slice(start, open).match(WORD) ?? [];
  const verbAt = words.findIndex(
    (w, i) => VERBS.has(w) && !NOT_A_REPORT_BEFORE.has((words[i - 1] ?? "").toLowerCase()),
  );
  if (verbAt < 0) return false;
  if (words.slice(0, verbAt).some((w) => /^(?:he|she)$/i.test(w))) return false;
  return typeof speaker !== "number" || !registry.entitiesIn(start, open).includes(speaker);
}
