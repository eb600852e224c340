import { fileURLToPath } from "node:url";
import { readEcbplus } from "../src/datasets/ecbplus.ts";
import { compareDocs, readStoryDoc, type Story } from "../src/ecbplus/story-doc.ts";

/** The invented ECB+-shaped topic in test/fixtures, read and compared as the ecbplus suite does. */
export function loadFixtureStories(): { ecb: Story; ecbplus: Story; mixed: Story } {
  const file = fileURLToPath(new URL("fixtures/ecbplus-tiny.jsonl", import.meta.url));
  const [ecb, ecbplus] = readEcbplus(file).map((s) =>
    s.docs.map((doc) => {
      const read = readStoryDoc(doc);
      if (!read) throw new Error(`ingestion refused fixture document ${doc.id}`);
      return read;
    }),
  );
  if (!ecb || !ecbplus) throw new Error("the fixture has two sub-topics");
  return {
    ecb: compareDocs("90 ecb", ecb),
    ecbplus: compareDocs("90 ecbplus", ecbplus),
    mixed: compareDocs("90 mixed", [...ecb, ...ecbplus]),
  };
}
