/**
 * Conflict audit on real news nobody here wrote: builds multi-outlet pseudo-stories from PolNeAR
 * TRAIN articles and prints every distinct conflict the aligner reports, with the statement holding
 * each value, for judging by hand. A story is an article and its most similar articles of other
 * publishers (TF-IDF cosine ≥ --min, published within --days), one per publisher, --size articles at
 * most; so most stories join different but related happenings of one campaign, and a conflict in
 * them is more often false than true: the audit finds the causes. A conflict is shown once, in the
 * first story holding it. A story's half is its seed article's (char-code sum of the id even: build),
 * so rules can be designed on one half and counted on the other. Train only.
 *
 *   pnpm --filter @parallax/eval exec tsx scripts/polnear-story-conflicts.ts \
 *     [--data DIR] [--min 0.08] [--days 10] [--size 6] [--half all|build|check] [--dated] > listing.txt
 *
 * --dated gives each article its PolNeAR publication day, as a captured page's dateline would: rules
 * that read an article's date (relative dates, "former" said as of its day) then apply as in use.
 */
import { parseArgs } from "node:util";
import { compareExtractions, extractArticle } from "@parallax/aligner";
import {
  articleHalf,
  ingestPolnear,
  PSEUDO_STORY_ARGS,
  trainPseudoStories,
} from "../src/polnear/pseudo-stories.ts";

const { values: opts } = parseArgs({
  options: {
    ...PSEUDO_STORY_ARGS,
  },
});

const { articles, stories } = trainPseudoStories(opts.data, opts);

const byKind = new Map<string, number>();
const shown = new Set<string>();
let compared = 0;
for (const members of stories) {
  const story = members.map((m) => articles[m] as (typeof articles)[number]);
  const storyHalf = articleHalf(story[0]?.id ?? "");
  if (opts.half !== "all" && storyHalf !== opts.half) continue;
  compared++;
  const parsed = story.map((a) => ingestPolnear(a, opts.dated));
  const comparison = compareExtractions(parsed, parsed.map(extractArticle));
  const sourceId = new Map(parsed.map((p, k) => [p.id, story[k]?.id ?? ""]));
  const body = new Map(parsed.map((p) => [p.id, p.body]));
  const lines: string[] = [];
  for (const group of comparison.groups) {
    for (const conflict of group.conflicts) {
      const key = `${conflict.kind} ${conflict.values
        .map((v) => `${sourceId.get(v.articleId)}@${v.span?.start}`)
        .sort()
        .join(" ")}`;
      if (shown.has(key)) continue;
      shown.add(key);
      const tally = `${storyHalf} ${conflict.kind}`;
      byKind.set(tally, (byKind.get(tally) ?? 0) + 1);
      lines.push(
        `  CONFLICT ${conflict.kind} [${group.about ?? "claim"}] subject: ${conflict.subject}`,
      );
      const evidence = (conflict.evidence ?? []).map((e) => `${e.kind}:${e.label}`).join("; ");
      lines.push(`    evidence: ${evidence}`);
      for (const value of conflict.values) {
        const span = value.span;
        const statement = group.statements.find(
          (s) =>
            s.articleId === value.articleId &&
            span !== null &&
            s.span.start <= span.start &&
            s.span.end >= span.end,
        );
        const around = span
          ? (body.get(value.articleId) ?? "").slice(Math.max(0, span.start - 150), span.end + 150)
          : "";
        const context = (statement?.text ?? around).replace(/\s+/g, " ").slice(0, 400);
        lines.push(`    - ${sourceId.get(value.articleId)} «${value.text}»: ${context}`);
      }
    }
  }
  if (lines.length === 0) continue;
  console.log(`STORY ${storyHalf} ${story.map((a) => a.id).join(" | ")}\n${lines.join("\n")}\n`);
}
console.log(`stories built ${stories.length}, compared ${compared} (half ${opts.half})`);
console.log(`distinct conflicts ${shown.size}, by half and kind:`);
for (const [tally, n] of [...byKind].sort()) console.log(`  ${tally} ${n}`);
