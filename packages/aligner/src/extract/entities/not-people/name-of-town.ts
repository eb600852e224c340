// Entity layer: a place after "of" in a speaker phrase says where a named person lives or whom
// she represents ("Panel Chairman T.R. Vell of Oregon said", "Dana Rusk of Salem, Oregon says");
// it never speaks. Also when the comma after the town ended the phrase a cue read, so that the
// phrase is the state alone.
import type { MentionRecord } from "../entity-records.ts";
import type { EntityRegistry } from "../entity-registry.ts";
import { ORGANIZATION_ENDING_WORDS } from "../mention-patterns.ts";
import { isTitleWord } from "../speaker-phrases/rules.ts";

/** Right before the phrase: "<Name> of <Town>, " (a town of one to three capitalised words). */
const NAME_OF_TOWN =
  /(?<![\p{L}.'’-])((?:\p{Lu}[\p{L}.'’-]*\s+)*\p{Lu}[\p{L}.'’-]*) of \p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2},\s+$/u;

/** How far back from the phrase the name and its town may start. */
const REACH = 100;

/**
 * Where the phrase starts once the "<Name> of <Town>, " a comma cut off before the place mention
 * `found` that opens it is taken back in; else `phraseStart`.
 */
function nameOfTownStart(body: string, found: MentionRecord, phraseStart: number): number {
  if (found.start !== phraseStart) return phraseStart;
  const from = Math.max(0, phraseStart - REACH);
  const m = NAME_OF_TOWN.exec(body.slice(from, phraseStart));
  return m === null ? phraseStart : from + m.index;
}

/**
 * "Panel Chairman T.R. Vell of Oregon said", "Dana Rusk of Salem, Oregon says": a place after
 * "of" says where a named person lives or whom she represents; it never speaks. The name before
 * "of" is read instead, and when it is no person the speaker stays unknown (null). `undefined`:
 * the phrase is no such name-of-place. `speakerFromPhrase` reads the name before "of".
 */
export function nameBeforeOfPlace(
  r: EntityRegistry,
  found: MentionRecord,
  start: number,
  phraseEnd: number,
  speakerFromPhrase: (start: number, end: number) => number | "ambiguous" | null,
): number | "ambiguous" | null | undefined {
  if (found.entity === null || found.end !== phraseEnd) return undefined;
  if (r.entities[found.entity]!.kind !== "place") return undefined;
  const phraseStart = nameOfTownStart(r.text.body, found, start);
  const before = r.text.body.slice(phraseStart, found.start);
  // "former Gov. Ivo Vint of Oregon": lowercase words before the title are read past.
  const m =
    /^((?:\p{Ll}+\s+)*)((?:\p{Lu}[\p{L}.'’-]*\s+)*\p{Lu}[\p{L}.'’-]*) of (?:\p{Lu}[\p{L}.'’-]*,?\s+){0,3}$/u.exec(
      before,
    );
  if (m === null) return undefined;
  const nameStart = phraseStart + m[1]!.length;
  const words = m[2]!.split(/\s+/);
  const last = words[words.length - 1]!;
  // "University of Oregon", "Governor of Oregon": a body or a post named after the place.
  if (words.length < 2 || ORGANIZATION_ENDING_WORDS.has(last) || isTitleWord(last)) {
    return undefined;
  }
  const speaker = speakerFromPhrase(nameStart, nameStart + m[2]!.length);
  if (speaker === "ambiguous" || speaker === null) return speaker;
  const record = r.entities[speaker]!;
  return record.kind === "person" && !record.unnamed ? speaker : null;
}
