import { execFromCapital } from "./capital-starts.ts";
import { capitalisedWordBefore } from "./capitalised-word-before.ts";

/** The look-behind stands after the capital, as in `STARTS` (same matches). */
const CAPITALISED =
  /\p{Lu}(?<![\p{L}\p{N}’'.-]\p{Lu})\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}\p{Ll}+)?(?![\p{L}\p{N}’'-])/uy;

/**
 * Where each capitalised word stands alone: not after another capitalised word (one not ending a
 * sentence) nor after "the". One pass over the body, so echo look-ups stay linear.
 */
export function aloneWords(body: string): ReadonlyMap<string, readonly number[]> {
  // The last body's map is kept: findPersonNames and findEchoedNames both read it of one article.
  if (body === lastAlone.body) return lastAlone.words;
  const out = new Map<string, number[]>();
  let from = 0;
  for (
    let m = execFromCapital(CAPITALISED, body, 0);
    m !== null;
    m = execFromCapital(CAPITALISED, body, from)
  ) {
    from = m.index + m[0].length;
    if (capitalisedWordBefore(body, m.index, true)) continue;
    const list = out.get(m[0]);
    if (list === undefined) out.set(m[0], [m.index]);
    else list.push(m.index);
  }
  lastAlone.body = body;
  lastAlone.words = out;
  return out;
}
const lastAlone = {
  body: null as string | null,
  words: new Map() as ReadonlyMap<string, readonly number[]>,
};
