// Entity layer: a speaker phrase that is one member of a list of names names no one speaker.
// "Ada Roe and Ivo Vint said", "Harbour Watch, Ada Roe and Ivo Vint called the plan …" and
// "“…,” said Ada Roe and Ivo Vint." are the list's words: the subject readers cut a phrase at
// "and" (or read the whole list), and crediting the name nearest the verb was wrong. The phrase is
// then "ambiguous" (a wrong speaker is worse than none), as a coordinated subject already is for
// a participle clause (attribution/cues/clause-subject.ts).

import type { MentionRecord } from "../entity-records.ts";
import type { EntityRegistry } from "../entity-registry.ts";

/** How far back a list's earlier items are read: a few names and their commas. */
const LIST_REACH = 160;

/** "and" (or "&"), with the Oxford comma, closing what stands before a list's last item. */
const AND_BEFORE = /(,?)\s+(?:and|&)\s+$/u;

/** A capitalised item of a list, then its comma: "Harbour Watch, " before "Ada Roe, and". */
const EARLIER_ITEM = /\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3},\s+$/u;

/** What may open a list's next item inside a phrase: a name, or a description of someone. */
const NEXT_ITEM = /^(?:\p{Lu}|(?:her|his|their|the|a|an|other|others|several|fellow)\s)/u;

/** A name (not a pronoun or a description) ending exactly at `offset`. */
function nameEndingAt(r: EntityRegistry, offset: number): MentionRecord | null {
  for (let i = r.firstFrom(Math.max(0, offset - 80)); i < r.mentions.length; i += 1) {
    const m = r.mentions[i]!;
    if (m.start >= offset) break;
    if (m.end === offset && m.form !== "pronoun" && m.form !== "description") return m;
  }
  return null;
}

/** Whether a name mention runs across `offset` (the "and" of "Food and Drug Agency"). */
function nameAcross(r: EntityRegistry, offset: number): boolean {
  for (let i = r.firstFrom(Math.max(0, offset - 80)); i < r.mentions.length; i += 1) {
    const m = r.mentions[i]!;
    if (m.start >= offset) break;
    if (m.end > offset && m.form !== "pronoun") return true;
  }
  return false;
}

/**
 * Whether the "and" ending at `andEnd` (its text `joint`, comma and spaces included) joins a name
 * before it into a list: a name ends right before it, none runs across it, and with an Oxford
 * comma another capitalised item stands before that name ("Harbour Watch, Ada Roe, and …"; "the
 * plan by Ada Roe, and Ivo Vint said" is a second clause, not a list).
 */
function joinsNames(r: EntityRegistry, andEnd: number, joint: RegExpExecArray): boolean {
  const itemEnd = andEnd - joint[0].length;
  if (nameAcross(r, itemEnd + 1)) return false;
  const item = nameEndingAt(r, itemEnd);
  if (item === null) return false;
  if (joint[1] === "") return true;
  const body = r.text.body;
  return EARLIER_ITEM.test(body.slice(Math.max(0, item.start - LIST_REACH), item.start));
}

/** Whether the phrase starting at `start` is the last item of a list of names before it. */
export function endsNameList(r: EntityRegistry, start: number): boolean {
  const body = r.text.body;
  const joint = AND_BEFORE.exec(body.slice(Math.max(0, start - 8), start));
  return joint !== null && joinsNames(r, start, joint);
}

/** Whether the phrase in [start, end) holds a list of names ("Ada Roe and Ivo Vint"). */
export function holdsNameList(r: EntityRegistry, start: number, end: number): boolean {
  const body = r.text.body;
  const and = /(,?)\s+(?:and|&)\s+/gu;
  const phrase = body.slice(start, end);
  // "according to “Ada Roe and the Quay” by Ivo Vint": a title or a colon holds no list of speakers.
  if (/[“”"():;]/u.test(phrase)) return false;
  for (let m = and.exec(phrase); m !== null; m = and.exec(phrase)) {
    const after = m.index + m[0].length;
    if (!NEXT_ITEM.test(phrase.slice(after))) continue;
    const joint = AND_BEFORE.exec(phrase.slice(0, after));
    if (joint !== null && joinsNames(r, start + after, joint)) return true;
  }
  return false;
}

/**
 * Whether the name ending at `end` (a subject right before its verb: "Ada Roe and Ivo Vint have
 * slammed …") is the last item of a list of names: the readers that take the name before a verb
 * ask this before crediting it.
 */
export function endsNameListAt(r: EntityRegistry, end: number): boolean {
  const name = nameEndingAt(r, end);
  return name !== null && endsNameList(r, name.start);
}
