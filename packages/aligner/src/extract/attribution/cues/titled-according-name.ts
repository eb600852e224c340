// Attribution layer: the name after a lowercase title in a trailing "according to" ("…, according
// to campaign manager Ada Lund.", "…, according to election lawyer Ivo Vint.").

import { PERSON_NOUNS } from "../../../../lexicons/person-nouns.ts";
import { TITLE_HEADS } from "../../../../lexicons/title-words.ts";

/**
 * `campaign manager Ada Lund` / `the harbour spokesperson Ivo Vint`: one to three lowercase words
 * (an article may open them) ending with a title head or a person noun, then the capitalised words
 * of a name up to `end`. Returns where the name starts, or null when the phrase is not so made —
 * "calculations by Ada Lund", "figures her campaign released Friday" (no title word before the
 * capitals) and "a post from Ivo Vint" (a determiner or preposition among the words) name a
 * document or a time, not the person.
 */
export function titledNameStart(body: string, start: number, end: number): number | null {
  const m = TITLED_NAME.exec(body.slice(start, end));
  if (m === null) return null;
  const words = m[1]!.trim().split(/\s+/);
  const head = words[words.length - 1]!;
  if (!TITLE_HEADS.has(head) && !PERSON_NOUNS.has(head)) return null;
  return start + m[0].length - m[2]!.length;
}

/** Lowercase words (no article inside), then a name of two to four capitalised words. */
const TITLED_NAME =
  /^(?:the\s+)?((?:[\p{Ll}][\p{Ll}-]*\s+){1,3})((?:\p{Lu}[\p{L}’'.-]*\s+){1,3}\p{Lu}[\p{L}’'-]*)$/u;
