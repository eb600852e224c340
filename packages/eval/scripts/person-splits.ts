/**
 * Lists, for ECB+ train, each gold cross-document person whose named mentions are split across
 * system entities (or not found), with the forms in each part (issue 11). Train only.
 *
 *   pnpm --filter @parallax/eval exec tsx scripts/person-splits.ts [DATA_DIR] [--mixed]
 * (--mixed: a topic's two sub-topics as one story, as the suite's "mixed" rows).
 */
import { DEFAULT_DATA_DIR } from "../src/datasets/default-data-dir.ts";
import { ecbplusFile, isCrossDocChain, readEcbplus } from "../src/datasets/ecbplus.ts";
import { personItems } from "../src/ecbplus/person-identity.ts";
import { compareDocs, readStoryDoc, type StoryDoc } from "../src/ecbplus/story-doc.ts";

const dataDir = process.argv.slice(2).find((a) => !a.startsWith("--")) ?? DEFAULT_DATA_DIR;
const subtopics = readEcbplus(ecbplusFile(dataDir, "train"));
let split = 0;
let people = 0;
const mixed = process.argv.includes("--mixed");
const read = new Map(
  subtopics.map((s) => [s, s.docs.map(readStoryDoc).filter((d): d is StoryDoc => d !== null)]),
);
const stories = mixed
  ? [...new Set(subtopics.map((s) => s.topic))].map((topic) =>
      compareDocs(
        `${topic} mixed`,
        subtopics.filter((s) => s.topic === topic).flatMap((s) => read.get(s) ?? []),
      ),
    )
  : subtopics.map((s) => compareDocs(`${s.topic} ${s.subtopic}`, read.get(s) ?? []));
for (const story of stories) {
  const nameOf = new Map(story.comparison.entities.map((e) => [e.id, e.name]));
  const { items } = personItems(story);
  const byChain = new Map<string, typeof items>();
  for (const item of items) {
    if (!isCrossDocChain(item.chain)) continue;
    byChain.set(item.chain, [...(byChain.get(item.chain) ?? []), item]);
  }
  for (const [chain, members] of byChain) {
    if (new Set(members.map((m) => m.doc)).size < 2) continue;
    people++;
    const systems = new Map<string, string[]>();
    for (const m of members) {
      const key = m.system ?? "(not found)";
      systems.set(key, [...(systems.get(key) ?? []), `${m.name} [${m.doc}]`]);
    }
    if (systems.size === 1 && !systems.has("(not found)")) continue;
    split++;
    console.log(`${story.label} ${chain}`);
    for (const [system, forms] of systems) {
      console.log(`  ${system} «${nameOf.get(system) ?? "article-level"}»: ${forms.join("; ")}`);
    }
  }
}
console.log(`${split} of ${people} cross-document people split or not found`);
