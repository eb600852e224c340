/**
 * Judges an alignment change topic by topic from saved `eval ecbplus` outputs (train only).
 *
 *   pnpm --filter @parallax/eval topic-report BEFORE.txt AFTER.txt
 *     mixed F1 / precision per changed topic, and how many topics went up or down;
 *   pnpm --filter @parallax/eval topic-report --loto A.txt B.txt C.txt …
 *     one output per setting of a tuned weight: leave-one-topic-out F1 against each setting's own.
 */
import { readFileSync } from "node:fs";
import {
  compareTopics,
  leaveOneTopicOut,
  mixedTopicPairs,
  type Scores,
} from "../src/ecbplus/topic-report.ts";

const args = process.argv.slice(2);
const read = (file: string) => mixedTopicPairs(readFileSync(file, "utf8"));
const show = (s: Scores) =>
  `P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)}`;

if (args[0] === "--loto") {
  const files = args.slice(1);
  const result = leaveOneTopicOut(files.map(read));
  files.forEach((file, i) => {
    const picked = result.chosen.filter((c) => c === i).length;
    console.log(`${show(result.each[i] as Scores)}  chosen for ${picked} held-out topics  ${file}`);
  });
  console.log(`leave-one-topic-out: ${show(result.heldOut)}`);
} else if (args.length === 2) {
  const report = compareTopics(read(args[0] as string), read(args[1] as string));
  for (const { topic, before, after } of report.changed)
    console.log(
      `${topic.padStart(3)}  F1 ${before.f1.toFixed(3)} -> ${after.f1.toFixed(3)}  P ${before.precision.toFixed(3)} -> ${after.precision.toFixed(3)}  R ${before.recall.toFixed(3)} -> ${after.recall.toFixed(3)}`,
    );
  console.log(
    `topics: F1 up ${report.f1Up}, down ${report.f1Down}; precision up ${report.precisionUp}, down ${report.precisionDown}`,
  );
  console.log(`before ${show(report.before)}\nafter  ${show(report.after)}`);
} else {
  console.error("usage: topic-report BEFORE.txt AFTER.txt | topic-report --loto A.txt B.txt …");
  process.exitCode = 1;
}
