// Entity layer: the people and bodies a description or pronoun may refer to, kept in text order
// ("the company" = the one company named before; "he" = the nearest compatible person).
import { NEWS_OUTLETS } from "@parallax/core";
import {
  ENDOWMENT_HEADS,
  INSTITUTION_HEADS,
  ORGANIZATION_ENDING_WORDS,
  SPEAKER_ORGANIZATION_ENDINGS,
} from "../../../lexicons/organization-words.ts";
import type { EntityRecord, MentionRecord } from "./entity-records.ts";
import { PUBLIC_BODY, PUBLIC_BODY_NOUNS } from "./mention-patterns.ts";

/**
 * The antecedents a definite description can take up, gathered by one pass over the mentions as
 * quotes are read in text order (a linear walk, not a scan of every mention per description).
 * Each list keeps at most two entities: one is the answer, two make it ambiguous for good.
 */
export class Referents {
  /** Companies that opened a sentence ("Hyundai Motor said …"). */
  readonly companies: number[] = [];
  /** Organisations by a public-body word in their name: "ministry" → the Ministry of …. */
  readonly publicBodies = new Map<string, number[]>();
  /** Organisations by a head word of their name: "board" → the Harbour Board. */
  readonly heads = new Map<string, number[]>();
  /** Unnamed sources by the nouns after their a/an/one ("a person briefed …" → "person"). */
  readonly sources = new Map<string, number[]>();
  private main = 0;
  private late = 0;

  constructor(private readonly registry: ReferentSource) {}

  advanceTo(offset: number): void {
    const { mentions, descriptions } = this.registry.mentionLists();
    while (this.main < mentions.length && mentions[this.main]!.start < offset) {
      this.note(mentions[this.main]!);
      this.main += 1;
    }
    // The side list grows in reading order; an entry past `offset` waits for a later call.
    while (this.late < descriptions.length && descriptions[this.late]!.start < offset) {
      this.note(descriptions[this.late]!);
      this.late += 1;
    }
  }

  private note(m: MentionRecord): void {
    if (m.entity === null) return;
    const entity = this.registry.entityRecord(m.entity);
    if (entity.kind === "organization") {
      noteHead(this.heads, entity.name, m.entity);
      const padded = ` ${entity.name} `;
      for (const noun of PUBLIC_BODY_NOUNS) {
        if (padded.includes(` ${noun[0]!.toUpperCase()}${noun.slice(1)} `))
          addReferent(this.publicBodies, noun, m.entity);
      }
      if (
        m.form === "name" &&
        !PUBLIC_BODY.test(entity.name) &&
        !NEWS_OUTLETS.some((o) => entity.name.includes(o)) &&
        this.registry.opensSentence(m)
      )
        addTo(this.companies, m.entity);
    }
    if (m.form === "description" && entity.kind === "person") {
      const words = entity.name.split(" ");
      if (!/^(?:a|an|one)$/i.test(words[0] ?? "")) return;
      // The noun among the first words: "a person briefed …", "a senior official from …".
      for (const noun of words.slice(1, 4)) addReferent(this.sources, noun, m.entity);
    }
  }
}

/**
 * The capitalised words that head an organisation's name and, in lowercase after "the", refer back
 * to it ("the Norland Harbour Board" … "the board said"; "the foundation", "the union",
 * "the company"): the institution, endowment and organisation endings of the lexicon, plain words
 * only ("Corp." and "PAC" are no nouns a description is made of).
 */
const ORGANIZATION_HEAD_WORDS: ReadonlySet<string> = new Set(
  [
    ...INSTITUTION_HEADS,
    ...ENDOWMENT_HEADS,
    ...ORGANIZATION_ENDING_WORDS,
    ...SPEAKER_ORGANIZATION_ENDINGS,
  ].filter((w) => /^\p{Lu}\p{Ll}+$/u.test(w)),
);

/**
 * Files an organisation under the noun heading its name: its last word ("the Norland Harbour
 * Board" → "board") or the word before "of" ("the Board of Elections"). A name in headline case
 * ("Vint Disputes Characterization Of Network": a capitalised "Of") is a headline's words read as
 * a name, never filed (PolNeAR TRAIN: "the network said" went to such a fragment).
 */
function noteHead(heads: Map<string, number[]>, name: string, entity: number): void {
  const words = name.split(" ");
  if (words.some((w) => HEADLINE_CASE_WORD.test(w))) return;
  words.forEach((word, i) => {
    const heading = i === words.length - 1 || words[i + 1] === "of";
    if (heading && ORGANIZATION_HEAD_WORDS.has(word))
      addReferent(heads, word.toLowerCase(), entity);
  });
}

/** A short function word capitalised inside a name: a headline's case, not a name's. */
const HEADLINE_CASE_WORD = /^(?:Of|For|And|The|To|In|On|At|With|By)$/;

/** What `Referents` reads from the registry. */
type ReferentSource = {
  mentionLists(): { mentions: readonly MentionRecord[]; descriptions: readonly MentionRecord[] };
  entityRecord(index: number): EntityRecord;
  opensSentence(m: MentionRecord): boolean;
};

function addTo(list: number[], entity: number): void {
  if (list.length < 2 && !list.includes(entity)) list.push(entity);
}

function addReferent(map: Map<string, number[]>, key: string, entity: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [entity]);
  else addTo(list, entity);
}

/** How many mentions back `focus` reads within one sentence. */
export const FOCUS_REACH = 64;
