/**
 * Audit (train only): every PolNeAR train quote whose speaker the system took from a bare surname,
 * an honorific or title and surname, or a he/she, in an article where two or more people share that
 * surname — and every quote left ambiguous between such people. One JSON line each, with the
 * candidates, the cue, the paragraph and the one before it, for judging by hand which person is
 * meant. The scorer cannot tell them apart (a gold "Roe" matches either Roe), hence this list.
 *
 *   pnpm --filter @parallax/eval exec tsx scripts/shared-surname-speakers.ts OUT.jsonl [DATA_DIR]
 *
 * `half`: BUILD when the sum of the article id's char codes is even, CHECK when odd.
 */
import { writeFileSync } from "node:fs";
import { extractArticle } from "@parallax/aligner";
import type { Entity } from "@parallax/core";
import { DEFAULT_DATA_DIR } from "../src/datasets/default-data-dir.ts";
import { polnearFile, readPolnear } from "../src/datasets/polnear.ts";
import { ingestDatasetTextOrNull } from "../src/text/dataset-article.ts";

const out = process.argv[2] ?? "/dev/stdout";
const articles = readPolnear(polnearFile(process.argv[3] ?? DEFAULT_DATA_DIR, "train"));
const lines: string[] = [];

function surnameOf(e: Entity): string {
  return (e.name.split(/\s+/).pop() ?? "").replace(/[’']s$/, "");
}

for (const item of articles) {
  const ingested = ingestDatasetTextOrNull(item.text, item.publisher);
  if (ingested === null) continue;
  const { article } = ingested;
  const x = extractArticle(article);
  const people = x.entities.filter((e) => e.kind === "person" && !e.unnamed);
  const bySurname = new Map<string, Entity[]>();
  for (const e of people) {
    const s = surnameOf(e);
    if (s.length < 2) continue;
    bySurname.set(s, [...(bySurname.get(s) ?? []), e]);
  }
  const shared = [...bySurname.values()].filter((l) => l.length > 1);
  if (shared.length === 0) continue;
  let sum = 0;
  for (const ch of item.id) sum += ch.charCodeAt(0);
  const half = sum % 2 === 0 ? "BUILD" : "CHECK";
  const body = article.body;
  const paragraphOf = (at: number) =>
    article.paragraphs.findIndex((p) => p.start <= at && at < p.end);
  for (const q of x.quotes) {
    const cue = q.cue;
    let form: string | null = null;
    let group: Entity[] | null = null;
    let said = "";
    if (q.speakerId !== null) {
      const speaker = x.entities.find((e) => e.id === q.speakerId);
      if (speaker?.kind !== "person") continue;
      group = shared.find((l) => l.includes(speaker)) ?? null;
      if (group === null) continue;
      const m = cue
        ? speaker.mentions.find((m) => m.span.start < cue.end && m.span.end > cue.start)
        : undefined;
      form = m?.form ?? "outside cue";
      said = m?.text ?? "";
      if (form === "name") continue;
    } else if (q.speakerStatus === "ambiguous") {
      // Ambiguous between people sharing a surname: the cue holds an ambiguous mention of one.
      const m = cue
        ? x.entities
            .flatMap((e) => e.mentions.map((mm) => ({ e, mm })))
            .find(
              ({ e, mm }) =>
                mm.ambiguous &&
                mm.span.start < cue.end &&
                mm.span.end > cue.start &&
                shared.some((l) => l.includes(e)),
            )
        : undefined;
      if (!m) continue;
      group = shared.find((l) => l.includes(m.e)) ?? null;
      form = `ambiguous ${m.mm.form}`;
      said = m.mm.text;
    } else continue;
    const p = paragraphOf(q.span.start);
    const para = article.paragraphs[p];
    const prev = article.paragraphs[p - 1];
    lines.push(
      JSON.stringify({
        article: item.id,
        half,
        form,
        said,
        speaker: x.entities.find((e) => e.id === q.speakerId)?.name ?? null,
        candidates: group!.map((e) => e.name),
        cue: cue ? body.slice(cue.start, cue.end) : null,
        quote: q.text.slice(0, 160),
        prev: prev ? body.slice(prev.start, prev.end) : "",
        paragraph: para ? body.slice(para.start, para.end) : "",
      }),
    );
  }
}
writeFileSync(out, lines.map((l) => `${l}\n`).join(""));
console.error(`${lines.length} quotes`);
