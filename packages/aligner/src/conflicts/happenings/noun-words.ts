import { EVENT_NOUN_CLASSES } from "../../../lexicons/event-words.ts";

/** Each happening noun → its class's first word ("quake" → "earthquake", "blast" → "explode"). */
const NOUN_CLASS: ReadonlyMap<string, string> = new Map(
  EVENT_NOUN_CLASSES.flatMap((row) => row.map((noun) => [noun, row[0] as string] as const)),
);

/**
 * A word as the happening it names when it is a happening noun (lexicons/event-words.ts
 * EVENT_NOUN_CLASSES), else itself: "the quake struck the island" and "the earthquake leveled
 * seven villages" name one happening though they share no word.
 */
export function happeningWord(word: string): string {
  return NOUN_CLASS.get(word) ?? word;
}
