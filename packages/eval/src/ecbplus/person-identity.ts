import { isCrossDocChain } from "../datasets/ecbplus.ts";
import { bCubed } from "../metrics/b-cubed.ts";
import type { PrecisionRecall } from "../metrics/ratio.ts";
import { overlapLength, spansMatch } from "../metrics/span-overlap.ts";
import { type NameRun, properNameOf } from "../text/proper-name.ts";
import { inAny, type Story, type StoryDoc, selectedSentences } from "./story-doc.ts";

/** A named gold person mention and the system entity it landed in. */
export type PersonItem = {
  doc: string;
  /** The gold chain, or null for a mention linked to nothing (a gold singleton). */
  chain: string | null;
  /** The story entity holding it, else the article entity, else null (not found). */
  system: string | null;
  name: string;
};

/** A named gold person mention of one document: its gold mention, its name, and the name's span in the ingested body (null when wholly outside it, e.g. a headline). */
export type NamedGoldPerson = {
  mention: StoryDoc["doc"]["mentions"][number];
  name: NameRun;
  range: ReturnType<StoryDoc["offsets"]["span"]>;
};

/** The named gold HUMAN_PART_PER mentions in the selected sentences of one document. */
export function* namedGoldPersons(d: StoryDoc): Generator<NamedGoldPerson> {
  const selected = selectedSentences(d.doc);
  for (const mention of d.doc.mentions) {
    if (mention.type !== "HUMAN_PART_PER" || !inAny(selected, mention.start, mention.end)) continue;
    const name = properNameOf(
      d.doc.text.slice(mention.start, mention.end),
      mention.start,
      d.doc.text,
    );
    if (name) yield { mention, name, range: d.offsets.span(name.start, name.end) };
  }
}

/**
 * The named gold HUMAN_PART_PER mentions in selected sentences of a story ("Lindsay Lohan", not
 * "she" or "the actress"; `properNameOf`), each mapped to the system entity with a mention on its
 * name (`spansMatch`, the one sharing most). Mentions wholly outside the body are counted apart.
 */
export function personItems(story: Story): { items: PersonItem[]; outsideBody: number } {
  const storyEntityOf = new Map<string, string>();
  for (const entity of story.comparison.entities) {
    for (const m of entity.members) storyEntityOf.set(`${m.articleId}/${m.entityId}`, entity.id);
  }
  const items: PersonItem[] = [];
  let outsideBody = 0;
  for (const d of story.docs) {
    for (const { mention: m, name, range } of namedGoldPersons(d)) {
      if (!range) {
        outsideBody++;
        continue;
      }
      let best: string | null = null;
      let shared = 0;
      for (const entity of d.extraction.entities) {
        for (const mention of entity.mentions) {
          if (!spansMatch(mention.span, [range])) continue;
          const overlap = overlapLength(mention.span, range);
          if (overlap > shared) {
            shared = overlap;
            best = entity.id;
          }
        }
      }
      const system =
        best === null
          ? null
          : (storyEntityOf.get(`${d.article.id}/${best}`) ?? `${d.article.id}/${best}`);
      items.push({ doc: d.doc.id, chain: m.chain, system, name: name.text });
    }
  }
  return { items, outsideBody };
}

export type IdentityFigures = {
  mentions: number;
  found: number;
  bCubed: PrecisionRecall;
  /** Gold people (cross-document chains) with named mentions in two or more documents. */
  crossDocPeople: number;
  /** …of them, every named mention found and in one system entity. */
  keptAsOne: number;
  /** System entities holding named mentions of two different gold people. */
  mergingEntities: number;
  merges: { entity: string; names: string[] }[];
};

/**
 * Person identity over `items`. B³: a gold singleton is its own cluster, and so is a mention the
 * system did not find. Two gold chains are different people when both are cross-document chains
 * (each its own instance), or when they occur in one document (the annotators kept them apart there).
 */
export function identityFigures(items: readonly PersonItem[]): IdentityFigures {
  const scored = bCubed(
    items.map((item, i) => ({
      gold: item.chain ?? `single#${i}`,
      system: item.system ?? `missing#${i}`,
    })),
  );
  const byChain = new Map<string, PersonItem[]>();
  for (const item of items) {
    if (!isCrossDocChain(item.chain)) continue;
    byChain.set(item.chain, [...(byChain.get(item.chain) ?? []), item]);
  }
  let crossDocPeople = 0;
  let keptAsOne = 0;
  for (const members of byChain.values()) {
    if (new Set(members.map((m) => m.doc)).size < 2) continue;
    crossDocPeople++;
    const systems = new Set(members.map((m) => m.system));
    if (systems.size === 1 && !systems.has(null)) keptAsOne++;
  }

  const bySystem = new Map<string, PersonItem[]>();
  for (const item of items) {
    if (item.system === null || item.chain === null) continue;
    bySystem.set(item.system, [...(bySystem.get(item.system) ?? []), item]);
  }
  const docsOf = new Map<string, Set<string>>();
  for (const item of items) {
    if (item.chain === null) continue;
    docsOf.set(item.chain, (docsOf.get(item.chain) ?? new Set()).add(item.doc));
  }
  const merges: { entity: string; names: string[] }[] = [];
  for (const [entity, members] of bySystem) {
    const chains = [...new Set(members.map((m) => m.chain as string))];
    const different = chains.some((a, i) =>
      chains.slice(i + 1).some((b) => differentPeople(a, b, docsOf)),
    );
    if (different) merges.push({ entity, names: [...new Set(members.map((m) => m.name))] });
  }
  return {
    mentions: items.length,
    found: items.filter((i) => i.system !== null).length,
    bCubed: { precision: scored.precision, recall: scored.recall, f1: scored.f1 },
    crossDocPeople,
    keptAsOne,
    mergingEntities: merges.length,
    merges,
  };
}

function differentPeople(a: string, b: string, docsOf: ReadonlyMap<string, Set<string>>): boolean {
  if (isCrossDocChain(a) && isCrossDocChain(b)) return true;
  const da = docsOf.get(a) ?? new Set();
  return [...(docsOf.get(b) ?? [])].some((doc) => da.has(doc));
}
