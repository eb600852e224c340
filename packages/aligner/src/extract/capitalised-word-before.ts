import { isWordChar } from "./word-index.ts";

/**
 * Whether a capitalised word (or, with `orThe`, the word "the") stands right before `at`,
 * followed by one space: "Mayor Vell" before "Orlo", "the Orlo". Reads at most the 30 characters
 * before `at`, as `/(?:\p{Lu}[\p{L}’'-]*|\bthe) $/u` on `body.slice(at - 30, at)` does, and gives
 * the same answer: the name readers asked that of every capitalised word of a body, and the
 * pattern, tried at each of the 30 offsets, was a visible share of extraction. Plain ASCII is read
 * here; a word holding any other character is left to the pattern.
 */
export function capitalisedWordBefore(body: string, at: number, orThe: boolean): boolean {
  if (body.charCodeAt(at - 1) !== 32) return false;
  const from = Math.max(0, at - 30);
  let upper = false;
  for (let j = at - 2; j >= from; j -= 1) {
    const c = body.charCodeAt(j);
    if (c >= 128) return (orThe ? CAPITALISED_OR_THE : CAPITALISED).test(body.slice(from, at));
    const lower = c >= 97 && c <= 122;
    const capital = c >= 65 && c <= 90;
    if (!lower && !capital && c !== 39 && c !== 45) break;
    if (capital) upper = true;
  }
  if (upper) return true;
  if (!orThe || at - 4 < from || !body.startsWith("the", at - 4)) return false;
  return at - 4 === from || !isWordChar(body.charCodeAt(at - 5));
}

const CAPITALISED = /\p{Lu}[\p{L}’'-]* $/u;
const CAPITALISED_OR_THE = /(?:\p{Lu}[\p{L}’'-]*|\bthe) $/u;
