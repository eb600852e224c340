import { join } from "node:path";
import { z } from "zod";
import type { Split } from "./polnear.ts";
import { readJsonl, spanProblem } from "./read-jsonl.ts";

/** ECB+ in the shape of ../shared/datasets/ecbplus (see its README): one sub-topic per line. */
const MentionSchema = z.object({
  m_id: z.string(),
  type: z.string(),
  start: z.int().nonnegative(),
  end: z.int().nonnegative(),
  text: z.string(),
  chain: z.string().nullable(),
  discontinuous: z.boolean().optional(),
});
export type EcbMention = z.infer<typeof MentionSchema>;

const SentenceSchema = z.object({
  n: z.int().nonnegative(),
  start: z.int().nonnegative(),
  end: z.int().nonnegative(),
  selected: z.boolean(),
});
export type EcbSentence = z.infer<typeof SentenceSchema>;

const DocSchema = z.object({
  id: z.string().min(1),
  url: z.string().optional(),
  text: z.string(),
  sentences: z.array(SentenceSchema),
  mentions: z.array(MentionSchema),
});
export type EcbDoc = z.infer<typeof DocSchema>;

export const EcbSubtopicSchema = z.object({
  topic: z.int().nonnegative(),
  subtopic: z.enum(["ecb", "ecbplus"]),
  docs: z.array(DocSchema).min(1),
  chains: z.array(
    z.object({ id: z.string(), type: z.string(), kind: z.enum(["entity", "event"]) }).loose(),
  ),
});
export type EcbSubtopic = z.infer<typeof EcbSubtopicSchema>;

function offsetsProblem(subtopic: EcbSubtopic): string | null {
  for (const doc of subtopic.docs) {
    for (const s of doc.sentences) {
      const problem = spanProblem(doc.text, s, `document ${doc.id} sentence ${s.n}`);
      if (problem) return problem;
    }
    for (const m of doc.mentions) {
      // A discontinuous mention's text holds only its tokens; its offsets must still fit.
      const span = m.discontinuous ? { start: m.start, end: m.end } : m;
      const problem = spanProblem(doc.text, span, `document ${doc.id} mention ${m.m_id}`);
      if (problem) return problem;
    }
  }
  return null;
}

/** Reads one ECB+ split file; every sentence and mention offset is checked against its text. */
export function readEcbplus(file: string): EcbSubtopic[] {
  return readJsonl(file, EcbSubtopicSchema, offsetsProblem).map((r) => r.value);
}

export function ecbplusFile(dataDir: string, split: Split): string {
  return join(dataDir, "ecbplus", `${split}.jsonl`);
}

/** A chain linked across documents (not `INTRA:…`, not null). */
export function isCrossDocChain(chain: string | null): chain is string {
  return chain !== null && !chain.startsWith("INTRA:");
}

export function isEventMention(m: EcbMention): boolean {
  return m.type.startsWith("ACTION") || m.type.startsWith("NEG_ACTION");
}
