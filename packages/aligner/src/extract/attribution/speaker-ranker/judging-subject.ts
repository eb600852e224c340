// Attribution layer, speaker ranker: a mention that is the subject of a verb of judging in words
// ("Ada Lund criticised the plan as “reckless”", "Lund later praised its “steady hand”"), read by
// candidate-features.ts. The verbs are JUDGING_VERB_FORMS (lexicons/reporting-verbs.ts).

import { AUXILIARY_VERBS } from "../../../../lexicons/function-words.ts";
import { JUDGING_VERB_FORMS } from "../../../../lexicons/reporting-verbs.ts";
import { ADVERBS, wordsFrom } from "../sieve-words.ts";

const JUDGING: ReadonlySet<string> = new Set(JUDGING_VERB_FORMS.trim().split(/\s+/));

/** The word right after a mention (adverbs and auxiliaries skipped) is a verb of judging. */
export function judgingVerbAfter(body: string, end: number): boolean {
  for (const w of wordsFrom(body, end, Math.min(body.length, end + 60), 4)) {
    if (ADVERBS.has(w.text) || AUXILIARY_VERBS.has(w.text)) continue;
    return JUDGING.has(w.text);
  }
  return false;
}
