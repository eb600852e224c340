import { type EcbDoc, isCrossDocChain, isEventMention } from "../datasets/ecbplus.ts";
import type { SourceToBody } from "../text/source-to-body.ts";

/**
 * A document's sentence placed in the ingested body, with the cross-document events it mentions and
 * whether it is selected (annotated reliably, see the dataset README).
 */
export type BodySentence = {
  start: number;
  end: number;
  events: ReadonlySet<string>;
  selected: boolean;
};

/** Every sentence of a document (selected or not) that lies in the body, with its event chains. */
export function bodySentences(doc: EcbDoc, offsets: SourceToBody): BodySentence[] {
  return doc.sentences.flatMap((s) => {
    const body = offsets.span(s.start, s.end);
    if (!body) return [];
    const events = new Set(
      doc.mentions
        .filter(
          (m) =>
            isEventMention(m) && isCrossDocChain(m.chain) && m.start >= s.start && m.end <= s.end,
        )
        .map((m) => m.chain as string),
    );
    return [{ ...body, events, selected: s.selected }];
  });
}
