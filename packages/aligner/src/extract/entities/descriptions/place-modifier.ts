// Entity layer: a place written inside a description of one person says where that person is
// from, not who speaks: "the Oregon senator said", "the former Salem mayor said", "a Salem
// Republican said". A place never speaks through such a phrase.
import { isPartyMemberWord, PARTY_WORDS } from "../../../../lexicons/party-words.ts";
import type { MentionRecord } from "../entity-records.ts";
import type { EntityRegistry } from "../entity-registry.ts";

/**
 * Whether the phrase's mention `found` is a place inside a description of one person: the
 * phrase opens with a determiner of one ("the", "a", "another", "one"; `lead`, the text from the
 * phrase's start to the place) and goes on after the place with lowercase or party words ending
 * in a singular person noun (`tail`, from the place's end to the phrase's end): "the Oregon
 * senator", "a Salem Republican", "another Oregon Democrat". The place is then no speaker: a
 * definite phrase, for want of a person named in it, is left unknown, an indefinite one is an
 * unnamed source (speaker-phrases/head-mention.ts). "Oregon Republicans" (a group),
 * "the Oregon GOP" (a body) and "The Salem Courier" (a name) keep the place as before.
 */
export function placeQualifiesNoun(
  r: EntityRegistry,
  found: MentionRecord,
  lead: string,
  tail: string,
): boolean {
  if (found.entity === null || r.entities[found.entity]!.kind !== "place") return false;
  if (!/^(?:the|an?|another|one)\s/i.test(lead)) return false;
  const words = tail.trim().split(/\s+/);
  const last = words[words.length - 1]!;
  if (!/^\s/.test(tail) || words.length === 0 || /s$/.test(last)) return false;
  return (
    words.every((w) => /^\p{Ll}/u.test(w) || PARTY_WORDS.has(w.toLowerCase())) &&
    (/^\p{Ll}/u.test(last) || isPartyMemberWord(last))
  );
}
