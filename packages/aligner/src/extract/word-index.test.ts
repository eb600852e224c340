import { loadCorpus } from "@parallax/corpus";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ORGANIZATION_ENDINGS } from "../../lexicons/organization-words.ts";
import { endingChainStarts } from "./entities/clause-openers.ts";
import { NUMBER_PATTERN, NUMBER_WORDS } from "./number-words.ts";
import {
  charPositions,
  firstWords,
  matchesAt,
  mergeSorted,
  shifted,
  sticky,
  WordIndex,
  wordQuery,
} from "./word-index.ts";

/** Texts made of the words and marks the patterns care about, in any order and spacing. */
const VOCABULARY = [
  "the",
  "The",
  "Bank",
  "Group",
  "of",
  "Korea",
  "U.S.",
  "Federal",
  "Reserve",
  "Corp.",
  "Inc",
  "one",
  "Two",
  "three",
  "350",
  "1,000",
  "2.5",
  "$",
  "US$",
  "%",
  "percent",
  "per",
  "cent",
  "years",
  "day",
  "-",
  "–",
  ",",
  ".",
  "people",
  "items",
  "or",
  "to",
  "billion",
  "dollars",
  "Kim",
  "he",
  "She",
  "Motors",
  "Hyundai",
  "&",
  "LG",
  "_x",
  "a1",
  "ofBank",
];
const text = fc
  .array(fc.tuple(fc.constantFrom(...VOCABULARY), fc.constantFrom(" ", " ", " ", "", "  ", "\n")), {
    maxLength: 40,
  })
  .map((parts) => parts.map(([w, s]) => w + s).join(""));

const NUMBER_QUERY = wordQuery(NUMBER_WORDS, true);
const PERCENT_QUERY = wordQuery(["percent", "per", "percentage"], true);
const WEEK_QUERY = wordQuery(["last", "next", "this", "Monday", "Tuesday", "Sunday", "week"]);

const all = (body: string, pattern: RegExp) =>
  [...body.matchAll(pattern)].map((m) => [m.index, m[0]]);
const at = (body: string, pattern: RegExp, starts: readonly number[]) =>
  matchesAt(body, sticky(pattern), starts).map((m) => [m.index, m[0]]);

describe("word index", () => {
  it("finds whole words only, exactly or ignoring case", () => {
    const words = new WordIndex("The theme: the_x the, THE 3the the");
    expect(words.starts(wordQuery(["the"]))).toEqual([17, 31]);
    expect(words.starts(wordQuery(["the"], true))).toEqual([0, 17, 22, 31]);
    expect(words.starts(wordQuery(["theme", "THE"]))).toEqual([4, 22]);
    expect(words.startsOfAny(["the", "x", "them"])).toEqual([17, 31]);
    expect(new WordIndex("a 350 b2 9x").digitStarts()).toEqual([2, 9]);
    expect(() => wordQuery(["two words"])).toThrow(/single word/);
  });

  it("gives the same matches as a whole-text scan for a pattern starting with known words", () => {
    const pattern = new RegExp(`\\b(${NUMBER_PATTERN}) (?:or|to) (${NUMBER_PATTERN})\\b`, "gi");
    fc.assert(
      fc.property(text, (body) => {
        const words = new WordIndex(body);
        const starts = mergeSorted([words.digitStarts(), words.starts(NUMBER_QUERY)]);
        expect(at(body, pattern, starts)).toEqual(all(body, pattern));
      }),
      { numRuns: 300 },
    );
  });

  it("gives the same matches for a unit found after its number (one character before the word)", () => {
    const pattern = /\s?%|\s(?:percent|per cent|percentage points?)\b/gi;
    fc.assert(
      fc.property(text, (body) => {
        const words = new WordIndex(body);
        const signs = charPositions(body, "%");
        const starts = mergeSorted([
          shifted(signs, -1),
          signs,
          shifted(words.starts(PERCENT_QUERY), -1),
        ]);
        expect(at(body, pattern, starts)).toEqual(all(body, pattern));
      }),
      { numRuns: 300 },
    );
  });

  it("finds organisation names ending in 'Bank', 'Group', … as the lazy whole-text pattern does", () => {
    const pattern = new RegExp(
      `\\b((?:U\\.S\\. )?(?:[A-Z][\\w&-]*|of) )*?[A-Z][\\w&-]* (?:${ORGANIZATION_ENDINGS})\\b`,
      "g",
    );
    const endings = wordQuery(firstWords(ORGANIZATION_ENDINGS.split("|")));
    fc.assert(
      fc.property(text, (body) => {
        const starts = endingChainStarts(body, new WordIndex(body).starts(endings));
        expect(at(body, pattern, starts)).toEqual(all(body, pattern));
      }),
      { numRuns: 500 },
    );
  });

  it("matches a whole-text scan on the corpus", () => {
    const pattern = /\b(?:(last|next|this) )?(Monday|Tuesday|Sunday|week)\b/g;
    let found = 0;
    for (const file of loadCorpus().files) {
      const words = new WordIndex(file.text);
      const starts = words.starts(WEEK_QUERY);
      expect(at(file.text, pattern, starts)).toEqual(all(file.text, pattern));
      found += all(file.text, pattern).length;
    }
    expect(found).toBeGreaterThan(0);
  });
});

describe("startsOfAny with many words", () => {
  it("finds the same whole-word starts by one pass as by a search per word", () => {
    const words = Array.from({ length: 20 }, (_, i) => `Name${i}`).concat([
      "von der Leyen",
      "Ökten",
    ]);
    const body =
      "Name1 met Name12 and Name1x; von der Leyen said Name19, Ökten too. xName3 Name3_ Name3.";
    const few = (w: string) => new WordIndex(body).startsOfAny([w]);
    const expected = [...new Set(words.flatMap((w) => [...few(w)]))].sort((a, b) => a - b);
    expect(new WordIndex(body).startsOfAny(words)).toEqual(expected);
    expect(expected.length).toBe(6);
  });
});
