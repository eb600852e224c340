import type { Conflict } from "@parallax/core";
import type { AlignUnit } from "../align/units.ts";
import { nameKey } from "../story-entities.ts";
import { type ConflictContext, conflictEvidence } from "./guards.ts";

/** Share of the shorter side's quoted content words the other must also quote: the same words. */
const SAME_WORDS = 0.8;
const MIN_QUOTED_WORDS = 3;

function quoteOverlap(a: AlignUnit, b: AlignUnit): number {
  const left = new Set(a.quoteLemmas);
  const right = new Set(b.quoteLemmas);
  if (left.size < MIN_QUOTED_WORDS || right.size < MIN_QUOTED_WORDS) return 0;
  let shared = 0;
  for (const item of left) if (right.has(item)) shared += 1;
  return shared / Math.min(left.size, right.size);
}

/**
 * Two spellings of one name ("Carolos" / "Karolos Papoulias", "Steele" / "Chief Steele") are not two
 * speakers: names that share a word, or spell alike, may be one person.
 */
function mayBeOnePerson(x: string, y: string): boolean {
  const words = (name: string) =>
    name
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter((w) => w.length > 2);
  const left = new Set(words(x));
  if (words(y).some((w) => left.has(w))) return true;
  const kx = nameKey(x);
  const ky = nameKey(y);
  return editDistanceAtMost(kx, ky, 2);
}

/** A person's full name: two words or more ("Dora Pell"), not a lone word ("Authorities", "Pell"). */
function fullName(name: string): boolean {
  return name.trim().split(/\s+/).length >= 2;
}

function editDistanceAtMost(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return (previous[b.length] as number) <= limit;
}

/**
 * The same quoted words credited to different people: each statement quotes (nearly) the same
 * words, each names its speaker at the attribution itself ("…," Kim said), and the two named
 * speakers are different people — not a pronoun read back to someone, not two spellings of one name.
 * One conflict per group, naming every outlet's speaker of those words.
 */
export function speakerConflicts(
  units: readonly AlignUnit[],
  context: ConflictContext,
): Conflict[] {
  const quoting = units.filter((u) => u.namedSpeakers.size === 1);
  for (let i = 0; i < quoting.length; i += 1) {
    for (let j = i + 1; j < quoting.length; j += 1) {
      const a = quoting[i] as AlignUnit;
      const b = quoting[j] as AlignUnit;
      if (a.articleIndex === b.articleIndex) continue;
      const [sa] = a.namedSpeakers;
      const [sb] = b.namedSpeakers;
      if (!sa || !sb || sa === sb) continue;
      const overlap = quoteOverlap(a, b);
      if (overlap < SAME_WORDS) continue;
      const na = context.entityName(sa);
      const nb = context.entityName(sb);
      if (mayBeOnePerson(na, nb)) continue;
      // Two people, each known by a full name: "Authorities described the fire as …" names no one.
      if (!fullName(na) || !fullName(nb)) continue;
      if (context.isPerson && !(context.isPerson(sa) && context.isPerson(sb))) continue;
      const row = [a, b];
      const seen = new Set([`${a.articleId}|${sa}`, `${b.articleId}|${sb}`]);
      // Every outlet crediting the words to one of the two belongs in the row, named at its
      // attribution or not ("…," he said): the check above decides the conflict, not the row.
      for (const other of units.filter((u) => u.speakers.size === 1)) {
        const [speaker] = other.speakers;
        if (!speaker || (speaker !== sa && speaker !== sb)) continue;
        const key = `${other.articleId}|${speaker}`;
        if (seen.has(key)) continue;
        if (quoteOverlap(other, speaker === sa ? b : a) < SAME_WORDS) continue;
        seen.add(key);
        row.push(other);
      }
      return [
        {
          kind: "speaker",
          subject: "who said it",
          values: row.map((unit) => ({
            articleId: unit.articleId,
            text: context.entityName(
              [
                ...(unit.namedSpeakers.size === 1 ? unit.namedSpeakers : unit.speakers),
              ][0] as string,
            ),
            span: unit.span,
          })),
          evidence: conflictEvidence(a, b, context, [
            {
              kind: "quote",
              label: `same quoted words (${Math.round(overlap * 100)}% shared)`,
              weight: Math.round(overlap * 1e4) / 1e4,
            },
          ]),
        },
      ];
    }
  }
  return [];
}
