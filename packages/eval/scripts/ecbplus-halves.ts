/**
 * ECB+ train mixed-story event alignment by half (issue 12): the `ev` measure of `eval ecbplus`
 * (selected-sentence pairs sharing a story event) summed per half — BUILD = even topics, CHECK =
 * odd — with its wrong pairs across the topic's two sub-topics (two alike happenings told as one)
 * and within one, the article pairs of different sub-topics sharing a story event (the merges
 * behind the wrong pairs across) and of one sub-topic (what parting articles costs), and the evidence table of `eval ecbplus` per half. Train only;
 * mixed stories only, so it runs in about half the suite's time.
 *
 *   npx tsx scripts/ecbplus-halves.ts [--pairs OUT.jsonl] [DATA_DIR]
 *
 * --pairs: writes every BUILD wrong pair (never a CHECK one) with both sentences, their gold
 * chains, the story events they share and whether they lie across the sub-topics, for reading;
 * and beside it (OUT.groups.jsonl) the BUILD wrong pairs sharing a claim group, the same way.
 * The claim-group measure (`grp` of `eval ecbplus`: one fact) is printed by half too.
 */
import { writeFileSync } from "node:fs";
import { DEFAULT_DATA_DIR } from "../src/datasets/default-data-dir.ts";
import { type EcbSubtopic, ecbplusFile, readEcbplus } from "../src/datasets/ecbplus.ts";
import * as evidenceOf from "../src/ecbplus/pair-evidence.ts";
import {
  eventPairs,
  type SentenceUnit,
  storySentences,
  systemPairs,
} from "../src/ecbplus/statement-pairs.ts";
import { compareDocs, readStoryDoc, type Story, type StoryDoc } from "../src/ecbplus/story-doc.ts";
import { addPairCounts, type PairCounts, pairScores } from "../src/metrics/pairwise.ts";

const args = process.argv.slice(2);
const pairsAt = args.indexOf("--pairs");
const pairsFile = pairsAt >= 0 ? (args[pairsAt + 1] ?? null) : null;
const dataDir =
  args.find((a, i) => !a.startsWith("--") && (pairsAt < 0 || i !== pairsAt + 1)) ??
  DEFAULT_DATA_DIR;

const halves = ["build", "check"] as const;
type Half = (typeof halves)[number];
type Tally = {
  pairs: PairCounts;
  /** Pairs sharing a claim group (one fact: the `grp` measure of `eval ecbplus`). */
  groupPairs: PairCounts;
  groupWrongAcross: number;
  wrongAcross: number;
  articlePairsAcross: number;
  joinedAcross: number;
  articlePairsWithin: number;
  joinedWithin: number;
  evidence: evidenceOf.EvidenceCounts;
};
const empty = (): Tally => ({
  pairs: { gold: 0, predicted: 0, correct: 0 },
  groupPairs: { gold: 0, predicted: 0, correct: 0 },
  groupWrongAcross: 0,
  wrongAcross: 0,
  articlePairsAcross: 0,
  joinedAcross: 0,
  articlePairsWithin: 0,
  joinedWithin: 0,
  evidence: evidenceOf.emptyEvidenceCounts(),
});
const tallies: Record<Half, Tally> = { build: empty(), check: empty() };
const buildWrong: string[] = [];
const buildGroupWrong: string[] = [];

const subtopics = readEcbplus(ecbplusFile(dataDir, "train"));
const started = performance.now();
for (const topic of new Set(subtopics.map((s) => s.topic))) {
  const half: Half = topic % 2 === 0 ? "build" : "check";
  const parts = subtopics.filter((s) => s.topic === topic);
  const docs = parts.flatMap((s) => s.docs.map(readStoryDoc)).filter((d): d is StoryDoc => !!d);
  const story = compareDocs(`${topic} mixed`, docs);
  const { units } = storySentences(story);
  const t = tallies[half];
  t.pairs = addPairCounts(t.pairs, eventPairs(units));
  t.groupPairs = addPairCounts(t.groupPairs, systemPairs(units));
  const groupWrong = wrongPairs(units, subtopicOf(parts), (u) => u.groups);
  t.groupWrongAcross += groupWrong.filter((w) => w.across).length;
  if (half === "build")
    buildGroupWrong.push(...groupWrong.map((w) => `${JSON.stringify({ topic, ...w })}\n`));
  t.evidence = evidenceOf.addEvidenceCounts(t.evidence, evidenceOf.pairEvidence(units, parts));
  const wrong = wrongPairs(units, subtopicOf(parts));
  t.wrongAcross += wrong.filter((w) => w.across).length;
  const joined = joinedArticles(story, parts);
  t.articlePairsAcross += joined.across;
  t.joinedAcross += joined.joined;
  t.articlePairsWithin += joined.within;
  t.joinedWithin += joined.joinedWithin;
  if (half === "build")
    buildWrong.push(...wrong.map((w) => `${JSON.stringify({ topic, ...w })}\n`));
}

const f = (x: number | null) => (x === null ? "n/a" : x.toFixed(3));
const cell = (x: string | number, width: number) => String(x).padStart(width);
/** A half's pair counts and scores, the columns both tables open with. */
function pairCells(half: string, pairs: Tally["pairs"], wrongAcross: number): string[] {
  const s = pairScores(pairs);
  return [
    half.padEnd(5),
    cell(pairs.gold, 5),
    cell(pairs.predicted, 10),
    cell(pairs.correct, 6),
    cell(pairs.predicted - pairs.correct, 6),
    cell(wrongAcross, 7),
    cell(f(s.precision), 6),
    cell(f(s.recall), 6),
    cell(f(s.f1), 6),
  ];
}
console.log(
  "half   gold  predicted  right  wrong  across   ev P   ev R  ev F1  article pairs across  sharing an event  within  sharing an event",
);
for (const half of halves) {
  const t = tallies[half];
  console.log(
    [
      ...pairCells(half, t.pairs, t.wrongAcross),
      cell(t.articlePairsAcross, 21),
      cell(t.joinedAcross, 17),
      cell(t.articlePairsWithin, 7),
      cell(t.joinedWithin, 17),
    ].join(" "),
  );
}
console.log("\nclaim groups (grp: pairs sharing a claim group, one fact)");
console.log("half   gold  predicted  right  wrong  across  grp P  grp R  grp F1");
for (const half of halves) {
  const t = tallies[half];
  console.log(pairCells(half, t.groupPairs, t.groupWrongAcross).join(" "));
}
for (const half of halves)
  console.log(`\n${half}\n${evidenceOf.renderEvidence(tallies[half].evidence)}`);
console.log(`\n${((performance.now() - started) / 1000).toFixed(1)} s`);
if (pairsFile !== null) {
  writeFileSync(pairsFile, buildWrong.join(""));
  console.log(`${buildWrong.length} BUILD wrong pairs in ${pairsFile}`);
  const groupFile = pairsFile.replace(/(\.jsonl)?$/, ".groups.jsonl");
  writeFileSync(groupFile, buildGroupWrong.join(""));
  console.log(`${buildGroupWrong.length} BUILD wrong claim-group pairs in ${groupFile}`);
}

function subtopicOf(parts: readonly EcbSubtopic[]): (doc: string) => string {
  const of = new Map(parts.flatMap((s) => s.docs.map((d) => [d.id, s.subtopic] as const)));
  return (doc) => of.get(doc) ?? "";
}

/**
 * Pairs of sentences of different documents sharing a story event (or, by `of`, a claim group)
 * but no gold chain.
 */
function wrongPairs(
  units: readonly SentenceUnit[],
  subtopic: (doc: string) => string,
  of: (u: SentenceUnit) => ReadonlySet<string> = (u) => u.storyEvents,
) {
  const side = (u: SentenceUnit) => ({ doc: u.doc, text: u.text, gold: [...u.events] });
  const out: { across: boolean; shared: string[]; a: object; b: object }[] = [];
  for (let i = 0; i < units.length; i++)
    for (let j = i + 1; j < units.length; j++) {
      const a = units[i] as SentenceUnit;
      const b = units[j] as SentenceUnit;
      if (a.doc === b.doc || [...a.events].some((e) => b.events.has(e))) continue;
      const shared = [...of(a)].filter((e) => of(b).has(e));
      if (shared.length === 0) continue;
      out.push({ across: subtopic(a.doc) !== subtopic(b.doc), shared, a: side(a), b: side(b) });
    }
  return out;
}

/**
 * Article pairs of the topic's two sub-topics, and those sharing a story event: every wrong pair
 * across the sub-topics comes from such a merge (two alike happenings' articles read as one).
 * Likewise the article pairs within one sub-topic and those sharing a story event: what a rule
 * parting articles costs (one happening's reports no longer joined).
 */
function joinedArticles(story: Story, parts: readonly EcbSubtopic[]) {
  const subtopic = new Map(
    story.docs.map((d) => [d.article.id as string, subtopicOf(parts)(d.doc.id)] as const),
  );
  const count = (name: string) => story.docs.filter((d) => subtopic.get(d.article.id) === name);
  const across = count("ecb").length * count("ecbplus").length;
  const within = [count("ecb").length, count("ecbplus").length].reduce(
    (n, k) => n + (k * (k - 1)) / 2,
    0,
  );
  const joined = new Set<string>();
  const joinedWithin = new Set<string>();
  for (const event of story.comparison.events ?? [])
    for (const a of event.articleIds)
      for (const b of event.articleIds)
        if (a < b) (subtopic.get(a) !== subtopic.get(b) ? joined : joinedWithin).add(`${a}|${b}`);
  return { across, joined: joined.size, within, joinedWithin: joinedWithin.size };
}
