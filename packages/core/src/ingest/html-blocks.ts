import { collapseWhitespace } from "./collapse-whitespace.ts";
import {
  collapsedText,
  type DomElement,
  type DomNode,
  ELEMENT_NODE,
  TEXT_NODE,
} from "./html-dom.ts";
import { restoreAngles } from "./html-guard.ts";
import type { TextBlock } from "./text-blocks.ts";

const SKIP_TAGS = new Set([
  "SCRIPT",
  "STYLE",
  "NOSCRIPT",
  "TEMPLATE",
  "SVG",
  "BUTTON",
  "FORM",
  "INPUT",
  "SELECT",
  "TEXTAREA",
  "IFRAME",
  "OBJECT",
  "CANVAS",
  "VIDEO",
  "AUDIO",
  "IMG",
  "PICTURE",
  "SOURCE",
]);
const LEAF_BLOCKS = new Set([
  "P",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "LI",
  "FIGCAPTION",
  "PRE",
  "DT",
  "DD",
  "TD",
  "TH",
  "CAPTION",
]);
const CONTAINER_BLOCKS = new Set([
  "DIV",
  "SECTION",
  "ARTICLE",
  "MAIN",
  "BLOCKQUOTE",
  "FIGURE",
  "UL",
  "OL",
  "DL",
  "TABLE",
  "TBODY",
  "THEAD",
  "TR",
  "HEADER",
  "ASIDE",
  "DETAILS",
  "SUMMARY",
  "CENTER",
  "BODY",
  "HR",
  "BR",
]);
/** Deeper markup is read as flat text: real articles are never this deep, hostile input may be. */
const MAX_WALK_DEPTH = 64;

/**
 * Turns Readability's article element into blocks: paragraphs, headings (h2–h6 are
 * sub-headings), list items, quotes; inline runs between blocks become blocks of their own.
 */
export function walkBlocks(
  node: DomNode,
  out: TextBlock[],
  role: TextBlock["role"],
  depth: number,
): void {
  let inline = "";
  const flush = () => {
    const text = collapseWhitespace(restoreAngles(inline));
    if (text) out.push({ text, blankBefore: true, ...(role ? { role } : {}) });
    inline = "";
  };
  const children = Array.from(node.childNodes);
  for (const child of children) {
    if (child.nodeType === TEXT_NODE) {
      inline += child.textContent ?? "";
      continue;
    }
    if (child.nodeType !== ELEMENT_NODE) continue;
    const element = child as DomElement;
    const tag = element.tagName.toUpperCase();
    if (SKIP_TAGS.has(tag)) continue;
    if (tag === "BR") {
      inline += "\n";
      continue;
    }
    if (LEAF_BLOCKS.has(tag)) {
      flush();
      const text = collapsedText(element);
      if (!text) continue;
      const leafRole: TextBlock["role"] =
        tag === "H1"
          ? "heading"
          : /^H[2-6]$/.test(tag)
            ? "subheading"
            : tag === "FIGCAPTION" || tag === "CAPTION"
              ? "caption"
              : tag === "LI"
                ? "list-item"
                : role;
      out.push({ text, blankBefore: true, ...(leafRole ? { role: leafRole } : {}) });
      continue;
    }
    if (CONTAINER_BLOCKS.has(tag)) {
      flush();
      const childRole = tag === "BLOCKQUOTE" ? "quote" : role;
      if (depth >= MAX_WALK_DEPTH) {
        const text = collapsedText(element);
        if (text) out.push({ text, blankBefore: true, ...(childRole ? { role: childRole } : {}) });
      } else {
        walkBlocks(element, out, childRole, depth + 1);
      }
      continue;
    }
    inline += element.textContent ?? "";
  }
  flush();
}
