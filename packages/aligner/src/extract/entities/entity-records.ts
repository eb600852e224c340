// Entity layer: the records the registry keeps per entity and per mention, and name keys.
import type { EntityKind, Mention, Title } from "@parallax/core";

export type MentionForm = Mention["form"];

export type EntityRecord = {
  kind: EntityKind;
  name: string;
  surname: string | null;
  /**
   * The first word of a two-word name when it is a Japanese or Chinese family name ("Sato" of
   * "Sato Kenji"): a later bare "Sato" may mean this person as well as anyone with that surname.
   * `surname` keeps the last word, so a name in Western order ("Kenji Sato") reads as before.
   */
  familyFirst: string | null;
  titles: Title[];
  /** `titleWords` of each title, split once: titles are compared for every surname mention. */
  titleWords: string[][];
  unnamed: boolean;
  gender: "he" | "she" | null;
  /**
   * An organisation the speaker-phrase readers took as a person before they read it as an
   * organisation (an acronym linked to its full name, "The Norland Post", "Harbour Lives
   * Matter"): it voices a quotation as a clause's subject as it did then (speaksAsSubject).
   */
  subjectLike?: boolean;
  /**
   * A person's generational suffix ("Jr.", "Sr.", "III"), apart from `name` and `surname`
   * ("Ivo Vint" + "Jr.": a later "Vint" still names him); shown after the name in the output.
   */
  suffix: string | null;
};

export type MentionRecord = {
  start: number;
  end: number;
  form: MentionForm;
  /** Resolved entity, or null while pending / when ambiguous. */
  entity: number | null;
  candidates: number[];
  ambiguous: boolean;
  sentence: number;
  inQuote: boolean;
  /**
   * "his"/"her": resolved after every other mention and never an antecedent, speaker or claim
   * entity, so adding them leaves what the rest of extraction reads unchanged.
   */
  possessive: boolean;
  /** The title said with a surname ("Deputy Minister"), for title-surname and title forms. */
  title: string | null;
};

/** "Choi Dong Hyun" and "Choi Dong-hyun" are one person: compare names without case, spaces, hyphens or accents. */
export function nameKey(name: string): string {
  let key = nameKeys.get(name);
  if (key === undefined) {
    // "Andres Valtkova" (a headline typed without accents) and "Andrés Valtkova" are one
    // person: accents are dropped before letters are compared.
    key = name
      .normalize("NFD")
      .replace(/\p{M}+/gu, "")
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, "");
    if (nameKeys.size > 4096) nameKeys.clear();
    nameKeys.set(name, key);
  }
  return key;
}

/** Names repeat across mentions and articles: a bounded memo keeps key-making off the profile. */
const nameKeys = new Map<string, string>();

export const byLength = (a: string, b: string) => b.length - a.length;
