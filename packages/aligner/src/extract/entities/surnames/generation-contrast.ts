// Entity layer: "the younger Mr. Roe", "the elder Roe" name a relative set apart from another
// Roe of the article by age, so they never name that other Roe: such a mention is left unresolved
// (its quote gets no speaker) rather than given to the Roe the article is about.

import { GENERATION_COMPARATIVES } from "../../../../lexicons/person-nouns.ts";

const BEFORE = /\b[Tt]he\s+([a-z]+)\s+$/;

/** Whether "the younger" / "the elder" / "the older" stands right before `start`. */
export function setApartByGeneration(body: string, start: number): boolean {
  const word = BEFORE.exec(body.slice(Math.max(0, start - 16), start))?.[1];
  return word !== undefined && GENERATION_COMPARATIVES.has(word);
}
