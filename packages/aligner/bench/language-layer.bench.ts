/**
 * Issue 11's language-layer question, measured: the full extraction next to wink-nlp's own bare
 * part-of-speech tagging of the same articles, in the same run (medians of alternating rounds
 * after warm-up). Run: npx tsx bench/language-layer.bench.ts — prints ms/article for both.
 */
import { parseArticle } from "@parallax/core";
import { loadCorpus } from "@parallax/corpus";
import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";
import { extractArticle } from "../src/extract-article.ts";

const nlp = winkNLP(model, ["pos"]);
const articles = loadCorpus().files.map((f) => parseArticle({ text: f.text, outlet: f.outlet }));
const median = (r: number[]) => [...r].sort((a, b) => a - b)[r.length >> 1]!;

function time(work: () => void): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}
const extractAll = () => {
  for (const a of articles) extractArticle(a);
};
const tagAll = () => {
  for (const a of articles) nlp.readDoc(a.body).tokens().out(nlp.its.pos);
};
for (let i = 0; i < 5; i += 1) {
  extractAll();
  tagAll();
}
const extraction: number[] = [];
const tagging: number[] = [];
for (let round = 0; round < 30; round += 1) {
  extraction.push(time(extractAll));
  tagging.push(time(tagAll));
}
const perArticle = (ms: number) => (ms / articles.length).toFixed(2);
console.log(`articles ${articles.length} (demo corpus), medians of 30 alternating rounds`);
console.log(
  `extraction (people, quotes, speakers, figures, dates): ${perArticle(median(extraction))} ms/article`,
);
console.log(
  `wink-nlp bare POS tagging of the same text:            ${perArticle(median(tagging))} ms/article`,
);
