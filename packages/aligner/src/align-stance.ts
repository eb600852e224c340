/**
 * How a statement assesses the state of talks: optimistic phrases ("very close to a deal",
 * "substantial progress") against pessimistic ones ("at an impasse", "sharply divided").
 */
export const OPTIMISTIC =
  /\b(?:(?:very )?close to (?:a|the) deal|breakthrough (?:may be|is|was) near|nearing (?:a deal|conclusion)|getting closer|(?:significantly|greatly) (?:improved|increased)|(?:substantial|substantive) progress)\b/i;
export const PESSIMISTIC =
  /\b(?:(?:at|in) an impasse|impasse|deadlock(?:ed)?|stalled|stuck|far apart|sharply divided|(?:still )?a long way to go|breakthrough (?:is|was) (?:unlikely|improbable))\b/i;
/** Whether a statement reads as optimistic (+1), pessimistic (-1) or neither (0) about the talks. */
export function stanceOf(text: string): -1 | 0 | 1 {
  const up = OPTIMISTIC.test(text);
  const down = PESSIMISTIC.test(text);
  return up === down ? 0 : up ? 1 : -1;
}
