/**
 * Extraction time against the number of distinct people in one text (issue 11: linear in distinct
 * entities). Each person is named in full once and then by surname twice; names are generated
 * (given names from the lexicon, invented surnames), so the text grows linearly with the count.
 * Run: npx tsx bench/entity-scaling.bench.ts — prints ms and µs per person for each size.
 */
import type { Article } from "@parallax/core";
import { MALE_GIVEN_NAMES } from "../lexicons/given-names.ts";
import { extractArticle } from "../src/extract-article.ts";

const given = MALE_GIVEN_NAMES.trim().split(/\s+/);
const syllables = ["ka", "ro", "mi", "ten", "vo", "la", "zu", "ber", "sa", "nik", "do", "ple"];

function surname(i: number): string {
  let s = "";
  let n = i + 1;
  while (n > 0) {
    s += syllables[n % syllables.length];
    n = Math.floor(n / syllables.length);
  }
  return `${s.charAt(0).toUpperCase()}${s.slice(1)}ov`;
}

function text(people: number): string {
  const paragraphs: string[] = [];
  for (let i = 0; i < people; i += 1) {
    const name = `${given[i % given.length]} ${surname(i)}`;
    paragraphs.push(
      `${name} met the harbour board on a grey morning. Later ${surname(i)} said the cranes were idle, and ${surname(i)} left.`,
    );
  }
  return paragraphs.join("\n\n");
}

function article(body: string): Article {
  return {
    id: "bench",
    outlet: { name: "Bench Wire", kind: "news" },
    headline: null,
    dek: null,
    publishedAt: null,
    bylines: [],
    url: null,
    language: "en",
    kind: "news",
    translation: null,
    body,
    paragraphs: [],
    captions: [],
    embeds: [],
    boilerplate: [],
    format: "text",
  } as unknown as Article;
}

extractArticle(article(text(200))); // warm-up
console.log("people  KB     ms      µs/person  persons found");
for (const people of [500, 1000, 2000, 4000]) {
  const body = text(people);
  const started = performance.now();
  const x = extractArticle(article(body));
  const ms = performance.now() - started;
  const found = x.entities.filter((e) => e.kind === "person").length;
  console.log(
    `${String(people).padEnd(7)} ${String(Math.round(body.length / 1024)).padEnd(6)} ${ms.toFixed(0).padEnd(7)} ${((ms * 1000) / people).toFixed(0).padEnd(10)} ${found}`,
  );
}
