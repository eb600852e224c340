// Attribution layer: a he/she cue is not read back to someone its own quotation names. In
// "“Pell is our best debater,” he says." the speaker talks about Pell; the person the pronoun was
// resolved to, when the quotation names them, is most likely the one talked about, so the quote
// goes to the one who spoke just before when that person can be the pronoun, else it is left
// unknown (a wrong speaker is worse than none).
import type { ArticleText } from "../../article-text.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import type { QuoteDraft } from "../quote-drafts.ts";

/** A cue whose subject is "he" or "she": "he says", "she told reporters", "said he". */
const PRONOUN_CUE = /^([Hh]e|[Ss]he)\b|\b(he|she)$/;

/**
 * Clears the speaker of every direct quote whose cue is a he/she and whose quotation (or another
 * quotation with the same cue and speaker: `“…,” he said. “…”`) names that speaker, and hands
 * it to the speaker of the attribution just before, when that one can be the pronoun
 * (`handBack`).
 */
export function dropSpeakersNamedInQuote(
  text: ArticleText,
  registry: EntityRegistry,
  drafts: QuoteDraft[],
): void {
  const dropped = new Map<string, number | null>();
  for (const [index, draft] of drafts.entries()) {
    if (!draft.direct || draft.cue === null || typeof draft.speaker !== "number") continue;
    const cue = text.body.slice(draft.cue.start, draft.cue.end);
    const pronoun = PRONOUN_CUE.exec(cue);
    if (pronoun === null) continue;
    const key = `${draft.cue.start}:${draft.speaker}`;
    if (dropped.has(key)) continue;
    if (namesIn(registry, draft.start, draft.end, draft.speaker)) {
      const gender = (pronoun[1] ?? pronoun[2])!.toLowerCase() as "he" | "she";
      dropped.set(key, handBack(registry, drafts, index, draft.speaker, gender));
    }
  }
  if (dropped.size === 0) return;
  for (const draft of drafts) {
    if (draft.cue === null || typeof draft.speaker !== "number") continue;
    const key = `${draft.cue.start}:${draft.speaker}`;
    if (!dropped.has(key)) continue;
    const speaker = dropped.get(key) ?? null;
    draft.speaker = speaker;
    if (speaker === null) draft.cue = null;
  }
}

/** How many sentences back the attribution handed back to may lie. */
const HAND_BACK_REACH = 3;

/**
 * The speaker a he/she cue names when its guessed person is the one its quotation talks about:
 * in `Lund praises Vint; Vint is the ablest, Lund argues. / “Vint is our best debater,” he says.`
 * the speaker is Lund, who spoke last. That is the speaker of the nearest attribution before the
 * quote (at most three sentences back), a person whose given name or honorific is the
 * pronoun's and no other's, whom the quotation does not name, with no person named between but
 * the one the quotation talks about. Null otherwise.
 */
function handBack(
  registry: EntityRegistry,
  drafts: readonly QuoteDraft[],
  index: number,
  talkedAbout: number,
  gender: "he" | "she",
): number | null {
  const draft = drafts[index]!;
  let earlier: QuoteDraft | undefined;
  for (let i = index - 1; i >= 0; i -= 1) {
    const d = drafts[i]!;
    if (d.end > draft.start || typeof d.speaker !== "number") continue;
    earlier = d;
    break;
  }
  if (earlier === undefined || typeof earlier.speaker !== "number") return null;
  const speaker = earlier.speaker;
  if (speaker === talkedAbout || draft.sentence - earlier.sentence > HAND_BACK_REACH) return null;
  if (registry.kindOf(speaker) !== "person") return null;
  if (!registry.compatibleSpeaker(speaker, gender)) return null;
  if (registry.compatibleSpeaker(speaker, gender === "he" ? "she" : "he")) return null;
  if (namesIn(registry, draft.start, draft.end, speaker)) return null;
  const from = Math.max(earlier.end, earlier.cue?.end ?? 0);
  const between = registry
    .entitiesIn(from, draft.start)
    .filter((e) => e !== speaker && e !== talkedAbout && registry.kindOf(e) === "person");
  return between.length === 0 ? speaker : null;
}

/** Forms that name a person: a pronoun or a description inside the quotation names nobody. */
const NAMING_FORMS = new Set(["name", "title-surname", "surname"]);

/**
 * Whether [start, end) holds a name of `entity` that is no possessor: "Senator Roe's message" in
 * a quotation is often the speaker's side talking about its own candidate.
 */
function namesIn(registry: EntityRegistry, start: number, end: number, entity: number): boolean {
  const { body } = registry.text;
  for (let i = registry.firstFrom(start); i < registry.mentions.length; i += 1) {
    const m = registry.mentions[i]!;
    if (m.start >= end) break;
    if (m.entity !== entity || m.possessive || m.ambiguous || !NAMING_FORMS.has(m.form)) continue;
    if (!/^[’']s\b/.test(body.slice(m.end, m.end + 3))) return true;
  }
  return false;
}
