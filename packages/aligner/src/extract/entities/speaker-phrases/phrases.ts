// Entity layer: the entity a speaker phrase names ("Sen. Dora Pell", "the company", "he",
// "a senior aide"); asked by the attribution layer. Each kind of phrase is read in its own file:
// its bounds (bounds.ts), the mention heading it (head-mention.ts), a name
// nobody introduced (name.ts) and a description (description.ts).

import { PRONOUNS } from "../../../../lexicons/pronouns.ts";
import { openLabelBefore } from "../../parenthesised-label.ts";
import { unnamedFromPlace } from "../descriptions/described-from-place.ts";
import { describedSpeaker } from "../descriptions/described-person.ts";
import { loneDeterminer } from "../descriptions/determiner-subject.ts";
import { nameInDescribingClause } from "../descriptions/name-in-describing-clause.ts";
import type { MentionRecord } from "../entity-records.ts";
import type { EntityRegistry } from "../entity-registry.ts";
import { honorificNameEnd, phraseBounds, startOfCutName } from "./bounds.ts";
import { speakerFromDescription } from "./description.ts";
import { headMention, speakerFromHeadMention } from "./head-mention.ts";
import { speakerFromName } from "./name.ts";
import { isParticipleObject } from "./participle-object.ts";
import { withoutTrailingAdverbs } from "./rules.ts";

export { earlierDescription, organizationReferredTo } from "./description.ts";

/** The entity a noun phrase names (the last mention inside it), creating an unnamed source if none. */
export function speakerFromPhrase(
  r: EntityRegistry,
  start: number,
  end: number,
  allowDescription = true,
): number | "ambiguous" | null {
  const { body } = r.text;
  // Spaces, commas, a party label, "Jr." and an opening "But" name nobody: read without them.
  const bounds = phraseBounds(body, start, end);
  if (bounds === null) return null;
  const phraseEnd = bounds.end;
  // "Sen. Jane Roe (Tex.) has said" read from inside the label: the person before it speaks.
  const open = openLabelBefore(body, bounds.start, phraseEnd);
  if (open > 0) return body.charCodeAt(open - 1) === 32 ? r.personEndingAt(open - 1) : null;
  // A phrase cut inside a name is that name's phrase: it starts where the name does.
  let phraseStart = startOfCutName(r, bounds.start);
  // "said Mr. Orsolo of the Lakeside Policy Center": the honorific's name speaks, never the body.
  const honorificEnd = honorificNameEnd(body, phraseStart, phraseEnd);
  if (honorificEnd !== null)
    return speakerFromPhrase(r, phraseStart, honorificEnd, allowDescription);
  // "the senator said", "the Oregon Democrat added": the one person named earlier so described.
  const describedOne = allowDescription ? describedSpeaker(r, phraseStart, phraseEnd) : null;
  if (describedOne !== null) return describedOne;
  // "said the lawyer from Idaho": someone unnamed, never the place.
  const fromPlace = allowDescription ? unnamedFromPlace(r, phraseStart, phraseEnd) : null;
  if (fromPlace !== null) return fromPlace;
  // "said a person close to Ada Lund", "a party member who backs Lund": someone unnamed.
  if (nameInDescribingClause(body.slice(phraseStart, phraseEnd)))
    return allowDescription ? speakerFromDescription(r, phraseStart, phraseEnd) : null;
  // "Sen. Jo Marsh of Oregon", "the Vint campaign", "he": a mention read before quotes heads it;
  // "U.S. Attorney Maya Sorrel": the name after the title is read on.
  const head = headMention(r, phraseStart, phraseEnd);
  // "Dockers cheering Lund declared": Lund is the participle's object; the dockers are unnamed.
  if (head !== null && isParticipleObject(body, phraseStart, head.end)) return null;
  const read = head === null ? null : speakerFromHeadMention(r, head, phraseStart, phraseEnd);
  if (read !== null && "speaker" in read) return read.speaker;
  if (read !== null) phraseStart = read.nameStart;
  if (!allowDescription) return null;
  // "the report concluded", "One reply came": a determiner cut from its noun is nobody.
  if (loneDeterminer(body, phraseStart, phraseEnd)) return null;
  // A pronoun is never anyone's name: it is the person the registry resolved it to, or unknown
  // — also with adverbs after it ("he formally", "she jokingly").
  const phrase = body.slice(phraseStart, phraseEnd);
  if (PRONOUNS.has(withoutTrailingAdverbs(phrase).toLowerCase())) {
    return r.speakerPronounAt(phraseStart);
  }
  // "Jane Doe said", "Doe said", "Police said": a capitalised name nobody introduced.
  const named = speakerFromName(r, phraseStart, phraseEnd);
  if (named !== undefined) return named;
  // "the company said", "a senior aide said": a description, taken up or a source of its own.
  return speakerFromDescription(r, phraseStart, phraseEnd);
}

export function personOf(r: EntityRegistry, m: MentionRecord): boolean {
  return m.form === "name" && m.entity !== null && r.entities[m.entity]!.kind === "person";
}
