/**
 * Times parseArticle on hostile inputs just under MAX_INPUT_BYTES and on the corpus.
 * Run: npx tsx test/bench/pathological.ts   (prints one line per case: milliseconds and outcome)
 */
import { loadCorpus } from "@parallax/corpus";
import { IngestError, MAX_INPUT_BYTES, parseArticle } from "../../src/index.ts";

const size = MAX_INPUT_BYTES - 1024;
const cases: Array<[string, Parameters<typeof parseArticle>[0]]> = [
  ["text: one line of 'a'", { text: "a".repeat(size), outlet: "X" }],
  ["text: spaces inside a line", { text: `a${" ".repeat(size)}b`, outlet: "X" }],
  ["text: 'Word ' repeated", { text: "Word ".repeat(size / 5), outlet: "X" }],
  ["text: 'By Kim ' byline-like", { text: `By ${"Kim ".repeat(size / 4 - 1)}`, outlet: "X" }],
  ["text: '[A' credit-like", { text: "[A".repeat(size / 2), outlet: "X" }],
  ["text: 'Reported ' repeated", { text: "Reported ".repeat(size / 9), outlet: "X" }],
  ["text: 'according to '", { text: "according to ".repeat(size / 13), outlet: "X" }],
  ["text: short lines", { text: "ab\n".repeat(size / 3), outlet: "X" }],
  ["text: date stamps", { text: "2025.10.".repeat(size / 8), outlet: "X" }],
  ["html: one <p> of words", { html: `<p>${"word ".repeat(size / 5)}</p>`, outlet: "X" }],
  ["html: many <p>", { html: "<p>Some text here.</p>".repeat(size / 22), outlet: "X" }],
  ["html: '<' repeated", { html: "<".repeat(size), outlet: "X" }],
  ["html: nested <div>", { html: "<div>".repeat(size / 5), outlet: "X" }],
  ["html: unclosed '<a'", { html: "<a".repeat(size / 2), outlet: "X" }],
  ["html: open quote", { html: "<a href='".repeat(size / 9), outlet: "X" }],
  ["html: entities", { html: `<p>${"&amp;".repeat(size / 5 - 2)}</p>`, outlet: "X" }],
  ["html: huge class", { html: `<p class='${"a ".repeat(size / 2 - 8)}'>x</p>`, outlet: "X" }],
  ["html: <b> runs", { html: `<p>${"<b>x</b>".repeat(size / 8 - 1)}`, outlet: "X" }],
];

for (const [name, input] of cases) {
  const start = performance.now();
  let outcome = "article";
  try {
    parseArticle(input);
  } catch (error) {
    outcome = error instanceof IngestError ? `IngestError ${error.code}` : `CRASH ${String(error)}`;
  }
  console.log(
    `${name.padEnd(30)} ${(performance.now() - start).toFixed(0).padStart(6)} ms  ${outcome}`,
  );
}

const corpus = loadCorpus();
const start = performance.now();
const rounds = 20;
for (let i = 0; i < rounds; i++) {
  for (const file of corpus.files) parseArticle({ text: file.text, outlet: file.outlet });
}
const perArticle = (performance.now() - start) / (rounds * corpus.files.length);
console.log(`${"corpus: mean per article".padEnd(30)} ${perArticle.toFixed(2).padStart(6)} ms`);
