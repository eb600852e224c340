const MEASURE_STOP = new Set(
  "is are was were be been has have had will would could should may might can that which who whom whose the a an but or to by with as than from over under into during after before since while when where if because said says amounts amount between among against about across through instead rather toward towards per within without amid despite at remain remains".split(
    " ",
  ),
);

/**
 * What a number measures, as the sentence says it: the noun phrase after it ("$350 billion in
 * U.S.-bound investment", "15 percent tariff cuts on automobiles", "6.5 percent of Korea's GDP").
 */
export function measureAfter(body: string, end: number): string | null {
  let tail = body.slice(end, end + 120);
  const newline = tail.indexOf("\n");
  if (newline >= 0) tail = tail.slice(0, newline);
  const words =
    tail.match(/^[ \t]*(?:[^\s,;:!?—–“”"()]+(?:[ \t]+|$|(?=[,;:!?—–“”"()]))){1,10}/)?.[0] ?? "";
  const tokens: string[] = [];
  for (const raw of words.trim().split(/\s+/)) {
    if (raw.length === 0) continue;
    const sentenceEnd = /[^.]\.$/.test(raw) && !/^(?:[A-Z]\.)+$/.test(raw);
    tokens.push(sentenceEnd ? raw.slice(0, -1) : raw);
    if (sentenceEnd) break;
  }
  const kept: string[] = [];
  let i = 0;
  if (tokens[0] && /^(?:of|in|for)$/.test(tokens[0])) i = 1;
  // "a quarter of the budget": the article after "of" opens the measure, it does not end it.
  if (i === 1 && tokens[0] === "of" && /^the$/i.test(tokens[1] ?? "")) i = 2;
  let prepositions = 0;
  for (; i < tokens.length && kept.length < 7; i += 1) {
    const t = tokens[i]!;
    const lower = t.toLowerCase();
    if (/^(?:on|in|for|of)$/.test(lower)) {
      if (kept.length === 0 || prepositions > 0) break;
      prepositions += 1;
      kept.push(t);
      continue;
    }
    if (lower === "the" && kept.length > 0 && /^(?:on|in|for|of)$/.test(kept[kept.length - 1]!)) {
      kept.push(t);
      continue;
    }
    if (prepositions > 0 && /^[a-z]/.test(t)) {
      // After "on"/"in": one lowercase noun ("on automobiles") or a capitalised name only.
      const last = kept[kept.length - 1]!;
      if (/^(?:on|in|for|of)$/.test(last)) kept.push(t);
      break;
    }
    if (lower === "and" && kept.length > 0 && i + 1 < tokens.length) {
      kept.push(t);
      continue;
    }
    if (MEASURE_STOP.has(lower)) break;
    if (!/^(?:[a-z][\w’'-]*|U\.S\.-[\w-]+|[A-Z][\w’'.-]*)$/.test(t)) break;
    kept.push(t);
  }
  while (kept.length > 0 && /^(?:on|in|for|of|and|the)$/i.test(kept[kept.length - 1]!)) kept.pop();
  return kept.length > 0 ? kept.join(" ") : null;
}
