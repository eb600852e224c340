import type { WordDiff } from "@parallax/core/schemas";

export type DiffPart = WordDiff["parts"][number];

/**
 * A word diff worth showing, or null. The aligner's diff is re-read here on whole
 * whitespace-separated tokens, so "Korea-U.S." stays one word, and it is shown only where the
 * two wordings mostly agree: on loosely matched sentences a diff is strike-through noise.
 */
export function readableDiff(diff: WordDiff | undefined): DiffPart[] | null {
  if (!diff) return null;
  // Diffs are immutable parts of a loaded comparison; each is re-read once.
  if (!cache.has(diff)) cache.set(diff, reread(diff));
  return cache.get(diff) ?? null;
}

const cache = new WeakMap<WordDiff, DiffPart[] | null>();
/** Share of the longer wording's words the two must have in common for a diff to help. */
const MIN_SHARED = 0.6;

function reread(diff: WordDiff): DiffPart[] | null {
  if (diff.parts.length === 0) return null;
  const mine = diff.parts
    .filter((p) => p.op !== "removed")
    .map((p) => p.value)
    .join("");
  const reference = diff.parts
    .filter((p) => p.op !== "added")
    .map((p) => p.value)
    .join("");
  const a = tokens(reference);
  const b = tokens(mine);
  if (a.length === 0 || b.length === 0) return null;
  const parts = diffTokens(a, b);
  const same = parts
    .filter((p) => p.op === "equal")
    .reduce((n, p) => n + tokens(p.value).length, 0);
  if (same === Math.max(a.length, b.length) && a.length === b.length) return null;
  if (same / Math.max(a.length, b.length) < MIN_SHARED) return null;
  return parts;
}

/** Words with the space after them: "Korea-U.S. " is one token, punctuation included. */
function tokens(text: string): string[] {
  return text.match(/\S+\s*|\s+/g) ?? [];
}

/** Tokens compare by their letters and digits, so "talks," matches "talks". */
function key(token: string): string {
  return token.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

/** Longest common subsequence over tokens; statements are a sentence or two, so n·m is small. */
function diffTokens(a: readonly string[], b: readonly string[]): DiffPart[] {
  const ka = a.map(key);
  const kb = b.map(key);
  const n = a.length;
  const m = b.length;
  const table = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i]![j] =
        ka[i] === kb[j]
          ? table[i + 1]![j + 1]! + 1
          : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const parts: DiffPart[] = [];
  const push = (op: DiffPart["op"], value: string) => {
    const last = parts.at(-1);
    if (last && last.op === op) last.value += value;
    else parts.push({ op, value });
  };
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (ka[i] === kb[j]) {
      push("equal", b[j]!);
      i++;
      j++;
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) push("removed", a[i++]!);
    else push("added", b[j++]!);
  }
  while (i < n) push("removed", a[i++]!);
  while (j < m) push("added", b[j++]!);
  return parts;
}
