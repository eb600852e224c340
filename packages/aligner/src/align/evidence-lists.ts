import type { Evidence } from "@parallax/core";

/** A node of the list trie: the list ending here, and the lists going on by next item number. */
type ListNode = { list: readonly Evidence[] | undefined; next: Map<number, ListNode> | undefined };

/**
 * One shared copy of each distinct evidence list a story's scored pairs keep, and of each distinct
 * item in them. A scored pair keeps its evidence to the end of the comparison, and a large story's
 * pairs repeat a few lists: a generated 1,000-article story's 238,612 pairs hold 577,938 items
 * of 6,336 distinct (kind, label, weight) and 18,376 distinct lists. Kept apart, every copy
 * survived the young-generation collections and was copied out of them.
 *
 * Looked up without building a key string: items by kind, label and weight in nested maps, lists
 * by their items' numbers in a trie. Callers must not change a list or an item they are given
 * (every reader of pair evidence copies before it changes anything).
 */
export function evidenceLists(): (evidence: readonly Evidence[]) => readonly Evidence[] {
  const items = new Map<string, Map<string, Map<number, Known>>>();
  let itemCount = 0;
  const known = (item: Evidence): Known => {
    let byLabel = items.get(item.kind);
    if (!byLabel) {
      byLabel = new Map();
      items.set(item.kind, byLabel);
    }
    let byWeight = byLabel.get(item.label);
    if (!byWeight) {
      byWeight = new Map();
      byLabel.set(item.label, byWeight);
    }
    let found = byWeight.get(item.weight);
    if (!found) {
      found = { item, number: itemCount };
      itemCount += 1;
      byWeight.set(item.weight, found);
    }
    return found;
  };
  const root: ListNode = { list: undefined, next: undefined };
  return (evidence) => {
    let node = root;
    for (const item of evidence) {
      const { number } = known(item);
      node.next ??= new Map();
      let next = node.next.get(number);
      if (!next) {
        next = { list: undefined, next: undefined };
        node.next.set(number, next);
      }
      node = next;
    }
    node.list ??= evidence.map((item) => known(item).item);
    return node.list;
  };
}

/** An item as first seen, and its number in the order items were first seen. */
type Known = { item: Evidence; number: number };
