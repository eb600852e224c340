/** A piece of a paragraph, marked when it falls inside a highlighted range. */
export interface Segment {
  text: string;
  marked: boolean;
  start: number;
}

/**
 * Cuts body[start, end) into plain and marked pieces for the given [start, end) ranges, so the
 * highlight is rendered as text nodes (never as HTML).
 */
export function highlightSegments(
  body: string,
  start: number,
  end: number,
  ranges: readonly { start: number; end: number }[],
): Segment[] {
  const inside = ranges
    .map((r) => ({ start: Math.max(r.start, start), end: Math.min(r.end, end) }))
    .filter((r) => r.start < r.end)
    .sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  let cursor = start;
  for (const range of inside) {
    if (range.end <= cursor) continue;
    const from = Math.max(range.start, cursor);
    if (from > cursor)
      segments.push({ text: body.slice(cursor, from), marked: false, start: cursor });
    segments.push({ text: body.slice(from, range.end), marked: true, start: from });
    cursor = range.end;
  }
  if (cursor < end) segments.push({ text: body.slice(cursor, end), marked: false, start: cursor });
  return segments;
}
