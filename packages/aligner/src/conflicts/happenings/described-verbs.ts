import { taggedText } from "../../tagged-text.ts";

/** Words that open a relative clause when a verb follows ("a quake that killed ten"). */
const RELATIVE = new Set(["that", "which", "who"]);
/** What may stand between the relative word and its verb ("who had already left"). */
const BEFORE_VERB = new Set(["ADV", "AUX", "PART"]);
/** Where a relative clause ends at the latest. */
const CLAUSE_END = /^[,;:()—–]$/;

const cache = new Map<string, string>();
const CACHE_LIMIT = 20_000;

/**
 * A statement's text with the verbs that only describe one of its nouns blanked (same length, so
 * offsets keep): a relative clause with no subject of its own, from "that"/"which"/"who" to the next
 * comma, or to the end after the statement's own verb ("survivors of a quake that killed ten and forced villagers out"), and a
 * participle set before a noun as its adjective ("a convicted cop killer"). Such a verb tells what
 * the thing is known for, not what the statement says happened: two statements sharing only such a
 * verb tell two happenings ("rescue workers handed out blankets Monday to survivors of a quake that
 * killed ten" / "a quake killed ten on Sunday"). A "that" followed by its own subject is a
 * complement ("said that the quake killed ten") and is kept.
 */
export function withoutDescribingVerbs(text: string): string {
  const known = cache.get(text);
  if (known !== undefined) return known;
  const { values, pos } = taggedText(text);
  const blanked = new Array<boolean>(values.length).fill(false);
  for (let i = 0; i < values.length; i += 1) {
    const word = (values[i] as string).toLowerCase();
    if (RELATIVE.has(word)) {
      let next = i + 1;
      while (next < values.length && BEFORE_VERB.has(pos[next] as string)) next += 1;
      // A relative with no subject of its own: the verb follows at once ("that killed").
      if (pos[next] !== "VERB" && !(next > i + 1 && pos[next - 1] === "AUX")) continue;
      let end = i;
      while (end + 1 < values.length && !CLAUSE_END.test(values[end + 1] as string)) end += 1;
      // Unclosed, it runs on to the end only after the statement's own verb: "the man who had
      // left was arrested" holds its main verb after the clause.
      const closed = end + 1 < values.length;
      if (!closed && !pos.slice(0, i).includes("VERB")) continue;
      for (let k = i; k <= end; k += 1) blanked[k] = true;
      i = end;
      continue;
    }
    // "a convicted cop killer": a determiner, the participle, then the noun it describes.
    if (
      pos[i] === "VERB" &&
      /ed$/i.test(values[i] as string) &&
      pos[i - 1] === "DET" &&
      (pos[i + 1] === "NOUN" || pos[i + 1] === "ADJ")
    )
      blanked[i] = true;
  }
  let out = "";
  let from = 0;
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i] as string;
    const at = text.indexOf(value, from);
    if (at < 0) continue;
    out += text.slice(from, at) + (blanked[i] ? " ".repeat(value.length) : value);
    from = at + value.length;
  }
  out += text.slice(from);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, out);
  return out;
}
