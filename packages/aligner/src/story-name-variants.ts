// Story layer: one person written with two forms of a name across outlets — with and without a
// middle name, or with two forms of a given name — merged after buildStoryEntities
// (story-entities.ts) has clustered the names it spells alike.
import type { Entity } from "@parallax/core";
import { givenNameGender } from "./extract/person-names.ts";

/** A story entity being built: its family, cluster key, name tokens and article-level members. */
export type Cluster = {
  family: string;
  key: string;
  tokens: string[];
  members: { articleIndex: number; entity: Entity }[];
};

/**
 * "Robyn Mendes" and "Robyn Norma Mendes", "Frederick Cheney Roe" and "Frederick C. Roe": one
 * person written with and without a middle name — merged when the story writes that given name
 * and surname with at most one middle name. Two different middle names stay apart.
 */
export function mergeMiddleNames(clusters: Map<string, Cluster>): void {
  const byEnds = new Map<string, Cluster[]>();
  for (const cluster of clusters.values()) {
    if (cluster.family !== "person" || cluster.tokens.length < 2) continue;
    const ends = `${cluster.tokens[0]}|${cluster.tokens.at(-1)}`;
    byEnds.set(ends, [...(byEnds.get(ends) ?? []), cluster]);
  }
  for (const group of byEnds.values()) {
    if (group.length < 2) continue;
    const middles = new Set(group.filter((c) => c.tokens.length > 2).map((c) => c.key));
    if (middles.size > 1) continue;
    const [keep, ...rest] = [...group].sort((a, b) => b.members.length - a.members.length);
    for (const drop of rest) {
      keep!.members.push(...drop.members);
      clusters.delete(drop.key);
    }
  }
}

/** "roe" → "Roe": a name token as a given-name list writes it. */
export function capitalise(token: string): string {
  return token.charAt(0).toUpperCase() + token.slice(1);
}

/**
 * "Fred LaRue" and "Frederick C. LaRue", "Katie Roe" and "Kathryn Roe": one person written with
 * two forms of a given name (one starts the other, or both share their first three letters, no
 * given name says the other gender) — merged when no third full name of the story with that
 * surname is a form of either (see loneVariantPairs). "Ivo" and "Ada Lund", "Chris" and
 * "Christine Evans" stay apart.
 */
export function mergeGivenNameVariants(clusters: Map<string, Cluster>): void {
  const bySurname = new Map<string, Cluster[]>();
  for (const cluster of clusters.values()) {
    if (cluster.family !== "person" || cluster.tokens.length < 2) continue;
    const surname = cluster.tokens.at(-1) as string;
    bySurname.set(surname, [...(bySurname.get(surname) ?? []), cluster]);
  }
  for (const group of bySurname.values()) {
    for (const [a, b] of loneVariantPairs(group)) {
      const [keep, drop] = a.members.length >= b.members.length ? [a, b] : [b, a];
      keep.members.push(...drop.members);
      clusters.delete(drop.key);
    }
  }
}

/**
 * The pairs of full names in `group` (one surname) whose given names are forms of each other
 * while neither is a form of any third name there: "Fred" / "Frederick" among Joyce, Ike and
 * William Roe are one person; "Kate", "Katie" and "Kathryn" Roe, three forms, are left apart.
 */
function loneVariantPairs(group: readonly Cluster[]): [Cluster, Cluster][] {
  const variants = group.map((a) =>
    group.filter((b) => b !== a && givenNameVariants(a.tokens[0] as string, b.tokens[0] as string)),
  );
  const pairs: [Cluster, Cluster][] = [];
  group.forEach((a, i) => {
    const [b] = variants[i]!;
    if (b === undefined || variants[i]!.length !== 1) return;
    const j = group.indexOf(b);
    if (j > i && variants[j]!.length === 1) pairs.push([a, b]);
  });
  return pairs;
}

function givenNameVariants(x: string, y: string): boolean {
  if (x === y) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length < 3) return false;
  if (!long.startsWith(short) && long.slice(0, 3) !== short.slice(0, 3)) return false;
  const gx = givenNameGender(capitalise(x));
  const gy = givenNameGender(capitalise(y));
  return gx === null || gy === null || gx === gy;
}
