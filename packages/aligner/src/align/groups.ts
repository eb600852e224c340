import type { Evidence } from "@parallax/core";
import type { ArticleSimilarity } from "../article-similarity.ts";
import { dayGap } from "./days.ts";
import { joinMoney, type MoneyRange, moneyApart, moneyRange } from "./money-apart.ts";
import type { PairScore } from "./score.ts";
import { NONE_YET, withItem } from "./sets-made-on-add.ts";
import { strongestFirst } from "./strongest-first.ts";
import type { AlignUnit } from "./units.ts";

/** A scored candidate pair of units. */
export type ScoredPair = { a: number; b: number } & PairScore;

export type UnitGroup = {
  units: number[];
  /** The pairs that joined this group, strongest first. */
  edges: ScoredPair[];
};

/** Share of the match threshold a statement needs to join a group its neighbour is in. */
const NEIGHBOUR_SHARE = 0.6;
/** One outlet may say in up to this many neighbouring statements what another says in one. */
const MAX_STATEMENTS_PER_ARTICLE = 3;
const MAX_POSITION_SPREAD = 3;
/**
 * One speech reported over a run of sentences ("told reporters on Sunday …", "“There was …,” Kim
 * said", "He added that …") may spread a little further: all of one speaker, on one day.
 */
const MAX_SPEECH_SPREAD = 5;
const MAX_SPEECH_STATEMENTS = 4;
const MAX_GAP = 2;

type Cluster = {
  units: number[];
  /** Positions of the cluster's statements in each article. */
  positions: Map<number, number[]>;
  /** The cluster's statements in each article (unit indices). */
  members: Map<number, number[]>;
  /** Articles with several statements in the cluster. */
  multi: ReadonlySet<number>;
  /** Those of `multi` whose statements are not one speech (kept up to date by each merge). */
  notSpeech: ReadonlySet<number>;
  /** Days on which the cluster's attributed statements were spoken. */
  spokenDays: ReadonlySet<string>;
  /** The sums of money its statements give (money-apart.ts). */
  money: MoneyRange;
  edges: ScoredPair[];
};

/**
 * Groups statements that report the same thing: strongest pairs first, each merge allowed only when
 * the two groups stay coherent — at most a few neighbouring statements of any one article (one
 * outlet saying in three sentences what another says in one), never remarks spoken on different
 * days, and never statements giving sums of money all far apart (money-apart.ts). Deterministic: ties are broken by unit index.
 */
export function groupUnits(
  units: readonly AlignUnit[],
  pairs: readonly ScoredPair[],
  threshold: number,
  articles?: ArticleSimilarity,
): UnitGroup[] {
  const parent = units.map((_, i) => i);
  // A statement's cluster is made when first read, not for every statement up front: a large
  // story's ~19,000 one-statement clusters (two maps each, ~11 MB) then mostly die young, merged
  // the moment they are made, instead of outliving young collections until their turn. Only a
  // root's cluster is ever read; an absorbed root's is deleted and never read again.
  const clusters = new Map<number, Cluster>();
  const clusterOf = (root: number): Cluster => {
    let cluster = clusters.get(root);
    if (!cluster) {
      const unit = units[root] as AlignUnit;
      cluster = {
        units: [unit.index],
        positions: new Map([[unit.articleIndex, [unit.position]]]),
        members: new Map([[unit.articleIndex, [unit.index]]]),
        // Shared empty sets until the cluster adds to them (sets-made-on-add.ts).
        multi: NONE_YET,
        notSpeech: NONE_YET,
        spokenDays: unit.speakers.size > 0 && unit.saidOn ? new Set([unit.saidOn]) : NONE_YET,
        money: moneyRange(unit),
        edges: [],
      };
      clusters.set(root, cluster);
    }
    return cluster;
  };
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] as number;
    let node = i;
    while (parent[node] !== root) {
      const next = parent[node] as number;
      parent[node] = root;
      node = next;
    }
    return root;
  };
  const merge = (ra: number, rb: number, pair: ScoredPair) => {
    const x = clusterOf(ra);
    const y = clusterOf(rb);
    const [root, child, big, small] =
      x.units.length >= y.units.length ? [ra, rb, x, y] : [rb, ra, y, x];
    parent[child] = root;
    big.units.push(...small.units);
    for (const [article, positions] of small.positions) {
      big.positions.set(article, [...(big.positions.get(article) ?? []), ...positions]);
    }
    for (const [article, members] of small.members) {
      const joined = [...(big.members.get(article) ?? []), ...members];
      big.members.set(article, joined);
      if (joined.length > 1) {
        big.multi = withItem(big.multi, article);
        if (!oneSpeechTogether(units, joined)) big.notSpeech = withItem(big.notSpeech, article);
        else if (big.notSpeech.has(article)) (big.notSpeech as Set<number>).delete(article);
      }
    }
    for (const day of small.spokenDays) big.spokenDays = withItem(big.spokenDays, day);
    big.money = joinMoney(big.money, small.money);
    big.edges.push(...small.edges, pair);
    clusters.delete(child);
  };
  const mayJoin = joinCheck(units, clusterOf);
  const ordered = strongestFirst(pairs.filter((pair) => pair.score >= threshold));
  for (const pair of ordered) {
    const ra = find(pair.a);
    const rb = find(pair.b);
    if (ra === rb) {
      clusterOf(ra).edges.push(pair);
      continue;
    }
    if (!mayJoin(ra, rb)) continue;
    merge(ra, rb, pair);
  }

  // One outlet often says in two neighbouring sentences what another says in one: a statement next
  // to a group member joins the group on weaker evidence, if it matches a member from another article.
  const at = new Map(
    units.map((unit) => [`${unit.articleIndex}:${unit.position}`, unit.index] as const),
  );
  const strong = new Set<number>();
  for (const pair of ordered) strong.add(pair.a).add(pair.b);
  const weak = strongestFirst(
    pairs.filter((pair) => pair.score >= threshold * NEIGHBOUR_SHARE && pair.score < threshold),
  );
  // Whether the statement at `position` of the unit's article is in the group rooted at `root`.
  const memberAt = (unit: AlignUnit, position: number, root: number) => {
    const neighbour = at.get(`${unit.articleIndex}:${position}`);
    return neighbour !== undefined && find(neighbour) === root;
  };
  for (const pair of weak) {
    // Each way round in turn, with no list of the two ways made per weak pair (a large story has
    // hundreds of thousands).
    for (let way = 0; way < 2; way += 1) {
      const near = way === 0 ? pair.a : pair.b;
      const far = way === 0 ? pair.b : pair.a;
      const rootNear = find(near);
      const rootFar = find(far);
      if (rootNear === rootFar) break;
      const group = clusterOf(rootFar);
      const lone = clusterOf(rootNear);
      // A statement with a strong match it could not join (refused as incoherent) is about that
      // other thing; weaker evidence must not place it elsewhere.
      if (group.positions.size < 2 || lone.units.length !== 1 || strong.has(near)) continue;
      const unit = units[near] as AlignUnit;
      const besideMember =
        memberAt(unit, unit.position - 1, rootFar) || memberAt(unit, unit.position + 1, rootFar);
      if (!besideMember || !mayJoin(rootFar, rootNear)) continue;
      merge(rootFar, rootNear, pair);
      break;
    }
  }
  attachCorroborated(units, pairs, threshold, find, clusterOf, merge, mayJoin, articles);
  // Roots in unit order, as the clusters were first listed when each statement's was made up front.
  const roots: Cluster[] = [];
  for (let i = 0; i < units.length; i += 1) if (find(i) === i) roots.push(clusterOf(i));
  return roots.map((cluster) => ({
    units: [...cluster.units].sort((a, b) => a - b),
    edges: strongestFirst([...cluster.edges]),
  }));
}

/** Share of the match threshold a pair needs to count as one outlet's support for a lone statement. */
const SUPPORT_SHARE = 0.3;
/**
 * Outlets of a group whose statements must each support a lone statement for it to join (all the
 * other outlets in a story of three).
 */
const SUPPORTING_ARTICLES = 3;

/** How a group supports a lone statement: its outlets matching it, their summed scores, the best pair. */
type Support = { articles: Set<number>; sum: number; best: ScoredPair };

/**
 * A statement left alone, with no strong match of its own, joins the group that statements of
 * several other outlets each match on weaker evidence: two or more outlets' partial matches
 * corroborate each other ("Tara Reid entered a rehab clinic" shares a little with each of three
 * outlets' "checked into the clinic" sentences). The group with the most support wins; ties by
 * group root (deterministic).
 */
function attachCorroborated(
  units: readonly AlignUnit[],
  pairs: readonly ScoredPair[],
  threshold: number,
  find: (i: number) => number,
  clusterOf: (root: number) => Cluster,
  merge: (ra: number, rb: number, pair: ScoredPair) => void,
  mayJoin: (ra: number, rb: number) => boolean,
  articles?: ArticleSimilarity,
): void {
  const articleCount = units.reduce((n, unit) => Math.max(n, unit.articleIndex + 1), 0);
  const needed = Math.max(2, Math.min(SUPPORTING_ARTICLES, articleCount - 1));
  const alike = (x: number, y: number) => !articles || articles.between(x, y) >= articles.typical;
  // Lone unit → group root → the group's support for it.
  const support = new Map<number, Map<number, Support>>();
  const consider = (lone: number, member: number, pair: ScoredPair) => {
    const root = find(lone);
    if (clusterOf(root).units.length !== 1) return;
    const group = find(member);
    if (clusterOf(group).positions.size < 2) return;
    if (!alike((units[lone] as AlignUnit).articleIndex, (units[member] as AlignUnit).articleIndex))
      return;
    let byGroup = support.get(lone);
    if (!byGroup) {
      byGroup = new Map<number, Support>();
      support.set(lone, byGroup);
    }
    let entry = byGroup.get(group);
    if (!entry) {
      entry = { articles: new Set<number>(), sum: 0, best: pair };
      byGroup.set(group, entry);
    }
    entry.articles.add((units[member] as AlignUnit).articleIndex);
    entry.sum += pair.score;
    if (pair.score > entry.best.score) entry.best = pair;
  };
  // Each pair read both ways by two calls, not a loop over two fresh [lone, member] arrays: this
  // runs for every scored pair (~240,000 on a generated 1,000-article story).
  for (const pair of pairs) {
    if (pair.score < threshold * SUPPORT_SHARE) continue;
    consider(pair.a, pair.b, pair);
    consider(pair.b, pair.a, pair);
  }
  for (const lone of [...support.keys()].sort((p, q) => p - q)) {
    const candidates = [...(support.get(lone) as Map<number, Support>)]
      .filter(([, e]) => e.articles.size >= needed)
      .sort((p, q) => q[1].sum - p[1].sum || p[0] - q[0]);
    for (const [group, entry] of candidates) {
      const root = find(group);
      const own = find(lone);
      if (root === own) break;
      if (!mayJoin(root, own)) continue;
      merge(root, own, entry.best);
      break;
    }
  }
}

/**
 * Whether the clusters of two roots may merge (`compatible`), a refusal remembered until either
 * cluster grows: the pairs between two large groups that cannot join (one fact each, told by the
 * same outlets) asked it again for every pair, ~93,000 refusals on a generated 1,000-article story.
 * A cluster changes only by a merge, which adds statements to the root that stays, and an absorbed
 * root is never a root again: a root and its size name one state of a cluster, so a remembered
 * refusal is the answer `compatible` would give again. Keyed in order: `compatible` reads its
 * first cluster's statements first.
 */
function joinCheck(
  units: readonly AlignUnit[],
  clusterOf: (root: number) => Cluster,
): (ra: number, rb: number) => boolean {
  const count = units.length;
  const refused = new Map<number, number>();
  return (ra, rb) => {
    const x = clusterOf(ra);
    const y = clusterOf(rb);
    const key = ra * count + rb;
    const sizes = x.units.length * (count + 1) + y.units.length;
    if (refused.get(key) === sizes) return false;
    if (compatible(units, x, y)) return true;
    refused.set(key, sizes);
    return false;
  };
}

function compatible(units: readonly AlignUnit[], x: Cluster, y: Cluster): boolean {
  if (moneyApart(x.money, y.money)) return false;
  // Two groups that both already hold statements of the same articles are two different statements
  // those articles make; joining them would blur them (many-to-many is not one-to-many).
  // The articles in both, in the smaller cluster's order, collected in the one pass that counts them.
  const shared: number[] = [];
  const fewer = x.positions.size <= y.positions.size ? x.positions : y.positions;
  const more = fewer === x.positions ? y.positions : x.positions;
  for (const article of fewer.keys()) if (more.has(article)) shared.push(article);
  const sharedArticles = shared.length;
  const smaller = Math.min(x.positions.size, y.positions.size);
  if (sharedArticles > 1 && sharedArticles > smaller * 0.1) return false;
  // Only articles in both clusters can break these limits: the smaller cluster's are looked up in
  // the larger (a group of hundreds of articles meets mostly single statements).
  for (const article of shared) {
    const mine = x.positions.get(article) as number[];
    const positions = y.positions.get(article) as number[];
    // One sorted copy gives the spread and the holes (this runs at every merge tried).
    const sorted = [...mine, ...positions].sort((p, q) => p - q);
    const spread = (sorted[sorted.length - 1] as number) - (sorted[0] as number);
    // Sorted positions with a hole of more than one statement are two separate mentions, not one
    // statement told in several sentences.
    let holed = false;
    for (let i = 1; i < sorted.length && !holed; i += 1)
      holed = (sorted[i] as number) - (sorted[i - 1] as number) > MAX_GAP;
    if (sorted.length > MAX_STATEMENTS_PER_ARTICLE || spread > MAX_POSITION_SPREAD || holed) {
      if (
        sorted.length > MAX_SPEECH_STATEMENTS ||
        spread > MAX_SPEECH_SPREAD ||
        !oneSpeechTogether(units, x.members.get(article), y.members.get(article))
      )
        return false;
    }
  }
  // One outlet may say in several sentences what another says in one; when two outlets each need
  // several, the group is blurring two statements into one (a departure and a return of one sentence
  // pair, another outlet's departure sentence and return sentence). Runs of one speech excepted
  // (two outlets each telling Sato's Tuesday remarks in two sentences), but only among themselves:
  // beside them no outlet adds several statements that are not one speech (a lead sentence next to
  // its Sato sentence).
  // Only articles already holding several statements, or in both clusters, can: bounded work per
  // merge however large the cluster grows.
  // An article of one cluster only keeps its statements, and whether they are one speech, as the
  // cluster knows it; only articles in both are read here (bounded work however large the
  // clusters; re-reading every crowded article of a large group at each merge was most of this).
  // (A cluster's `members` and `positions` hold the same articles: `shared` are those in both.)
  let several = x.multi.size + y.multi.size;
  let notSpeech = x.notSpeech.size + y.notSpeech.size;
  for (const article of shared) {
    // Both sides read in turn, without a fresh [x, y] per article (this runs at every merge tried).
    for (let k = 0; k < 2; k += 1) {
      const side = k === 0 ? x : y;
      if (!side.multi.has(article)) continue;
      several -= 1;
      if (side.notSpeech.has(article)) notSpeech -= 1;
    }
    several += 1;
    if (!oneSpeechTogether(units, x.members.get(article), y.members.get(article))) notSpeech += 1;
  }
  if (notSpeech > 0 && several > 1) return false;
  for (const day of x.spokenDays) {
    for (const other of y.spokenDays) {
      if (dayGap(day, other) > 1) return false;
    }
  }
  return true;
}

/**
 * Whether one article's statements (unit indices; one cluster's, or two clusters' read in turn) are
 * all remarks of one speaker on one day. Every merge tried asks it: read from the index lists, with
 * no joined list of units made per question.
 */
function oneSpeechTogether(
  units: readonly AlignUnit[],
  mine: readonly number[] = [],
  theirs: readonly number[] = [],
): boolean {
  const first = units[(mine[0] ?? theirs[0]) as number];
  if (first === undefined) return false;
  const sameAsFirst = (i: number) => sameSpeech(first, units[i] as AlignUnit);
  return mine.every(sameAsFirst) && theirs.every(sameAsFirst);
}

/** Whether a statement is a remark of `first`'s speaker on its day (first being attributed). */
function sameSpeech(first: AlignUnit, m: AlignUnit): boolean {
  if (!first.saidOn || first.speakers.size === 0) return false;
  if (m.saidOn === null || dayGap(m.saidOn, first.saidOn) !== 0) return false;
  for (const id of first.speakers) if (m.speakers.has(id)) return true;
  return false;
}

/** The evidence of a group: the evidence of its joining pairs, summed per kind and label. */
export function groupEvidence(edges: readonly ScoredPair[]): Evidence[] {
  // Kind, then label: no key string built per item (a large story's groups have 100,000 edges).
  const byKind = new Map<Evidence["kind"], Map<string, Evidence>>();
  const all: Evidence[] = [];
  for (const edge of edges) {
    for (const item of edge.evidence) {
      let byLabel = byKind.get(item.kind);
      if (!byLabel) {
        byLabel = new Map();
        byKind.set(item.kind, byLabel);
      }
      const known = byLabel.get(item.label);
      if (known) known.weight = Math.max(known.weight, item.weight);
      else {
        const copy = { ...item };
        byLabel.set(item.label, copy);
        all.push(copy);
      }
    }
  }
  return all
    .sort(
      (a, b) =>
        b.weight - a.weight ||
        (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : a.label < b.label ? -1 : 1),
    )
    .slice(0, 12);
}
