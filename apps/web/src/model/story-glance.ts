import type { ClaimGroup, ConflictKind } from "@parallax/core/schemas";
import { type ConflictSide, conflictSides } from "./conflict-sides.ts";
import type { StoryData } from "./story-data.ts";

/**
 * The story in a minute: where the outlets disagree, what they share, what only one outlet
 * reports, who is quoted by whom and when it was published. Pure; drawn from the comparison.
 */
export interface StoryGlance {
  outletCount: number;
  articleCount: number;
  conflicts: GlanceConflict[];
  shared: GlanceShared;
  solo: GlanceSolo[];
  quoted: GlanceQuoted[];
  dates: { from: string | null; to: string | null; undated: number };
}

export interface GlanceConflict {
  groupId: string;
  kind: ConflictKind;
  subject: string;
  sides: ConflictSide[];
}

export interface GlanceClaim {
  groupId: string;
  text: string;
  articleIds: string[];
  outletCount: number;
}

export interface GlanceShared {
  /** True when `claims` are reported by every outlet; false when they are the most widely reported. */
  byEveryOutlet: boolean;
  claims: GlanceClaim[];
  /** How many claims qualify in all (`claims` may be cut short). */
  total: number;
}

export interface GlanceSolo {
  articleId: string;
  claims: GlanceClaim[];
}

export interface GlanceQuoted {
  entityId: string;
  name: string;
  /** Quotes per article that attributes words to this speaker, most first. */
  byArticle: { articleId: string; direct: number; indirect: number }[];
}

/** Widely-reported claims shown when no claim is reported by every outlet. */
const MAX_WIDEST = 5;
const MAX_SHARED = 8;

function articleIdsOf(group: ClaimGroup): string[] {
  return [...new Set(group.statements.map((s) => s.articleId))];
}

function outletIdsOf(group: ClaimGroup, outletOf: (articleId: string) => string): Set<string> {
  return new Set(group.statements.map((s) => outletOf(s.articleId)));
}

/** Title and stance groups are findings about people, not shared statements. */
function isClaim(group: ClaimGroup): boolean {
  return (group.about ?? "claim") === "claim";
}

/** The crispest wording of a claim: its shortest statement. */
function claimText(group: ClaimGroup): string {
  const texts = group.statements.map((s) => s.text.trim()).filter(Boolean);
  return texts.reduce((best, text) => (text.length < best.length ? text : best), texts[0] ?? "");
}

function claimOf(group: ClaimGroup, outletOf: (articleId: string) => string): GlanceClaim {
  return {
    groupId: group.id,
    text: claimText(group),
    articleIds: articleIdsOf(group),
    outletCount: outletIdsOf(group, outletOf).size,
  };
}

/**
 * A claim every outlet reports. The aligner may later mark such groups itself; until then a group
 * counts when its statements come from every outlet of the story.
 */
export function reportedByEveryOutlet(
  group: ClaimGroup,
  outletOf: (articleId: string) => string,
  outletCount: number,
): boolean {
  return outletCount > 1 && outletIdsOf(group, outletOf).size === outletCount;
}

function sharedClaims(
  groups: readonly ClaimGroup[],
  outletOf: (articleId: string) => string,
  outletCount: number,
): GlanceShared {
  // A disputed claim is listed under the disagreements, not as shared.
  const claims = groups.filter((g) => isClaim(g) && g.conflicts.length === 0);
  const everyOutlet = claims.filter((g) => reportedByEveryOutlet(g, outletOf, outletCount));
  if (everyOutlet.length > 0) {
    return {
      byEveryOutlet: true,
      claims: everyOutlet.slice(0, MAX_SHARED).map((g) => claimOf(g, outletOf)),
      total: everyOutlet.length,
    };
  }
  const several = claims
    .map((g) => claimOf(g, outletOf))
    .filter((claim) => claim.outletCount > 1)
    // Most outlets first, then most articles; story order breaks ties (the sort is stable).
    .sort((a, b) => b.outletCount - a.outletCount || b.articleIds.length - a.articleIds.length);
  return { byEveryOutlet: false, claims: several.slice(0, MAX_WIDEST), total: several.length };
}

/**
 * Who each article quotes, from the statements' attributions: only speakers resolved to a named
 * story entity count (an unnamed "official" is no identity, an ambiguous one is not guessed).
 */
function quotedSpeakers(groups: readonly ClaimGroup[]): GlanceQuoted[] {
  const bySpeaker = new Map<string, GlanceQuoted>();
  for (const group of groups) {
    for (const statement of group.statements) {
      for (const quote of statement.attribution?.quotes ?? []) {
        const { speaker } = quote;
        if (speaker.status !== "resolved" || !speaker.entityId || !speaker.name) continue;
        const entry = bySpeaker.get(speaker.entityId) ?? {
          entityId: speaker.entityId,
          name: speaker.name,
          byArticle: [],
        };
        bySpeaker.set(speaker.entityId, entry);
        let row = entry.byArticle.find((r) => r.articleId === statement.articleId);
        if (!row) {
          row = { articleId: statement.articleId, direct: 0, indirect: 0 };
          entry.byArticle.push(row);
        }
        if (quote.direct) row.direct++;
        else row.indirect++;
      }
    }
  }
  const total = (s: GlanceQuoted) => s.byArticle.reduce((n, r) => n + r.direct + r.indirect, 0);
  for (const speaker of bySpeaker.values()) {
    speaker.byArticle.sort((a, b) => b.direct + b.indirect - (a.direct + a.indirect));
  }
  return [...bySpeaker.values()].sort(
    (a, b) =>
      b.byArticle.length - a.byArticle.length ||
      total(b) - total(a) ||
      a.name.localeCompare(b.name),
  );
}

export function buildGlance(data: StoryData): StoryGlance {
  const { comparison } = data;
  const outletOf = (articleId: string) => data.byId.get(articleId)?.outlet.id ?? articleId;
  const outletCount = new Set(data.columns.map((c) => c.outlet.id)).size;

  const conflicts: GlanceConflict[] = comparison.groups.flatMap((group) =>
    group.conflicts.map((conflict) => ({
      groupId: group.id,
      kind: conflict.kind,
      subject: conflict.subject,
      sides: conflictSides(conflict),
    })),
  );

  const solo: GlanceSolo[] = data.columns
    .map((column) => ({
      articleId: column.id,
      claims: comparison.groups
        .filter((g) => g.conflicts.length === 0 && articleIdsOf(g).every((id) => id === column.id))
        .map((g) => claimOf(g, outletOf)),
    }))
    .filter((entry) => entry.claims.length > 0);

  const dated = data.columns
    .map((c) => c.publishedAt?.slice(0, 10) ?? null)
    .filter((d): d is string => d !== null)
    .sort();

  return {
    outletCount,
    articleCount: data.columns.length,
    conflicts,
    shared: sharedClaims(comparison.groups, outletOf, outletCount),
    solo,
    quoted: quotedSpeakers(comparison.groups),
    dates: {
      from: dated[0] ?? null,
      to: dated.at(-1) ?? null,
      undated: data.columns.length - dated.length,
    },
  };
}

/** A statement cut at a word boundary, for one-line summaries. */
export function shorten(text: string, max = 180): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.5 ? cut.slice(0, space) : cut).replace(/[\s,;:—–-]+$/, "")}…`;
}
