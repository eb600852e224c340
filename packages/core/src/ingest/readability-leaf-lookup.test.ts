import { Readability } from "@mozilla/readability";
import { describe, expect, it } from "vitest";
import { parseDocument } from "./html-dom.ts";
import { answerLeafLookupsDirectly } from "./readability-leaf-lookup.ts";

type Lookup = { _getAllNodesWithTag: (node: unknown, tags: string[]) => ArrayLike<unknown> };

describe("answerLeafLookupsDirectly", () => {
  const document = parseDocument(
    "<article><p>Only text, no elements.</p><p>A photo: <img src=a.jpg> and <em>emphasis</em></p></article>",
  );
  const [textOnly, withImage] = Array.from(document.querySelectorAll("p"));
  const plain = new Readability(document as never) as unknown as Lookup;
  const fast = new Readability(document as never) as unknown as Lookup;
  answerLeafLookupsDirectly(fast);

  it("answers a lookup under an element without element children with nothing", () => {
    expect(Array.from(fast._getAllNodesWithTag(textOnly, ["img", "embed"]))).toEqual([]);
    expect(Array.from(plain._getAllNodesWithTag(textOnly, ["img", "embed"]))).toEqual([]);
  });

  it("leaves every other lookup to Readability", () => {
    for (const [node, tags] of [
      [withImage, ["img", "embed", "object", "iframe"]],
      [withImage, ["em"]],
      [document, ["p"]],
    ] as const) {
      const found = Array.from(fast._getAllNodesWithTag(node, [...tags]));
      expect(found).toEqual(Array.from(plain._getAllNodesWithTag(node, [...tags])));
      expect(found.length).toBeGreaterThan(0);
    }
  });
});
