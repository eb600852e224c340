/**
 * Lists, for ECB+ train sub-topics, each named gold person mention no system entity holds (with its
 * sentence), and each system entity joining mentions of two gold chains (B³ precision losses).
 * Train only.
 *
 *   pnpm --filter @parallax/eval exec tsx scripts/person-misses.ts [DATA_DIR]
 */
import { DEFAULT_DATA_DIR } from "../src/datasets/default-data-dir.ts";
import { ecbplusFile, readEcbplus } from "../src/datasets/ecbplus.ts";
import { namedGoldPersons, personItems } from "../src/ecbplus/person-identity.ts";
import { compareDocs, readStoryDoc, type StoryDoc } from "../src/ecbplus/story-doc.ts";

const dataDir = process.argv.slice(2).find((a) => !a.startsWith("--")) ?? DEFAULT_DATA_DIR;
const subtopics = readEcbplus(ecbplusFile(dataDir, "train"));
let missing = 0;
for (const s of subtopics) {
  const docs = s.docs.map(readStoryDoc).filter((d): d is StoryDoc => d !== null);
  const story = compareDocs(`${s.topic} ${s.subtopic}`, docs);
  for (const d of docs) {
    for (const { mention: m, name, range } of namedGoldPersons(d)) {
      if (!range) continue;
      const hit = d.extraction.entities.some((e) =>
        e.mentions.some((x) => x.span.start < range.end && x.span.end > range.start),
      );
      if (hit) continue;
      missing++;
      const sentence = d.doc.sentences.find((x) => x.start <= m.start && m.end <= x.end);
      const text = sentence ? d.doc.text.slice(sentence.start, sentence.end) : "";
      console.log(
        `MISS ${d.doc.id} «${name.text}» chain=${m.chain ?? "-"} :: ${text.replace(/\s+/g, " ")}`,
      );
    }
  }
  const { items } = personItems(story);
  const bySystem = new Map<string, typeof items>();
  for (const item of items) {
    if (item.system === null) continue;
    bySystem.set(item.system, [...(bySystem.get(item.system) ?? []), item]);
  }
  const nameOf = new Map(story.comparison.entities.map((e) => [e.id, e.name]));
  for (const [system, members] of bySystem) {
    const chains = new Set(members.map((m, i) => m.chain ?? `single#${i}`));
    if (chains.size < 2) continue;
    console.log(
      `JOIN ${story.label} ${system} «${nameOf.get(system) ?? "article-level"}»: ${members.map((m) => `${m.name} [${m.doc} ${m.chain ?? "-"}]`).join("; ")}`,
    );
  }
}
console.log(`${missing} named person mentions not found`);
