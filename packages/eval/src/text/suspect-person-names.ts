import { type Extraction, looksLikeNewsOutlet } from "@parallax/core";
import { nameKey } from "./proper-name.ts";
import { readWordList } from "./word-list.ts";

const FUNCTION_WORDS = readWordList(new URL("../../data/function-words.txt", import.meta.url));
const CALENDAR_WORDS = readWordList(new URL("../../data/calendar-words.txt", import.meta.url));

export type SuspectKind = "pronoun or function word" | "weekday or month" | "outlet";

/**
 * Why a person's name cannot be a person's: it is only pronouns or function words ("He", "She"),
 * a weekday or month ("Friday"), or an outlet (core's `looksLikeNewsOutlet`). Null when it may be.
 */
export function suspectPersonName(name: string): SuspectKind | null {
  const keys = name
    .split(/\s+/u)
    .map(nameKey)
    .filter((k) => k !== "");
  if (keys.length === 0) return null;
  if (keys.every((k) => FUNCTION_WORDS.has(k))) return "pronoun or function word";
  if (keys.length === 1 && CALENDAR_WORDS.has(keys[0] as string)) return "weekday or month";
  if (looksLikeNewsOutlet(name)) return "outlet";
  return null;
}

/** Persons with a suspect name over all extractions: counts by kind and the names seen. */
export function countSuspectPersons(extractions: readonly Extraction[]): {
  total: number;
  byKind: Record<SuspectKind, number>;
  names: Record<string, number>;
} {
  const byKind: Record<SuspectKind, number> = {
    "pronoun or function word": 0,
    "weekday or month": 0,
    outlet: 0,
  };
  const names: Record<string, number> = {};
  let total = 0;
  for (const extraction of extractions) {
    for (const entity of extraction.entities) {
      if (entity.kind !== "person" || entity.unnamed) continue;
      const kind = suspectPersonName(entity.name);
      if (!kind) continue;
      total++;
      byKind[kind]++;
      names[entity.name] = (names[entity.name] ?? 0) + 1;
    }
  }
  return { total, byKind, names };
}
