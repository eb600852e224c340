type TagLookup = (node: unknown, tagNames: string[]) => ArrayLike<unknown>;

/**
 * Readability looks for tags under every paragraph and candidate element through its
 * `_getAllNodesWithTag`, which calls querySelectorAll, and linkedom compiles the selector anew
 * on every call: 9,536 compiles of "img,embed,object,iframe" on a 2 MB page of paragraphs. An
 * element without element children has no descendants to find, so the (empty) answer needs no
 * compile. The method is replaced on this one reader only; if a Readability release renames
 * it, nothing is replaced and Readability runs as it ships.
 */
export function answerLeafLookupsDirectly(reader: object): void {
  const target = reader as { _getAllNodesWithTag?: TagLookup };
  const original = target._getAllNodesWithTag;
  if (typeof original !== "function") return;
  target._getAllNodesWithTag = function (this: unknown, node, tagNames) {
    if ((node as { firstElementChild?: unknown } | null)?.firstElementChild === null) return [];
    return original.call(this, node, tagNames);
  };
}
