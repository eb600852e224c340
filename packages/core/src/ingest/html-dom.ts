import { parseHTML } from "linkedom";
import { collapseWhitespace } from "./collapse-whitespace.ts";
import { restoreAngles } from "./html-guard.ts";

/**
 * The few DOM members ingestion uses. linkedom's documents implement them; declaring them here
 * keeps the package free of the DOM lib types (it runs in Node, not a browser).
 */
export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly childNodes: ArrayLike<DomNode>;
  readonly parentNode: DomNode | null;
  textContent: string | null;
}

export interface DomElement extends DomNode {
  readonly tagName: string;
  readonly children: ArrayLike<DomElement>;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  closest(selector: string): DomElement | null;
  contains(other: DomNode): boolean;
  remove(): void;
}

export interface DomDocument extends DomNode {
  readonly documentElement: DomElement;
  readonly body: DomElement | null;
  readonly head: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** Parses a page; a fragment without <html> is wrapped so it gets a head and a body. */
export function parseDocument(html: string): DomDocument {
  const page = /<html[\s>]/i.test(html.slice(0, 5000))
    ? html
    : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(page).document as unknown as DomDocument;
}

/** Text of a node with runs of whitespace collapsed to one space. */
export function collapsedText(node: DomNode): string {
  return collapseWhitespace(restoreAngles(node.textContent ?? ""));
}

/** An attribute's value as the page wrote it, or null when absent or blank. */
export function attribute(element: DomElement | null | undefined, name: string): string | null {
  const value = element?.getAttribute(name)?.trim();
  return value ? restoreAngles(value) : null;
}

/**
 * Replaces every element deeper than `maxDepth` under the root with its text. Readability's cost
 * grows with the cube of nesting depth (a 1,000-deep page takes seconds, 4,000 overflows the
 * stack); real article markup is a few dozen levels deep, so nothing readable is lost.
 * Iterative, so hostile nesting cannot overflow the stack here either.
 */
export function flattenDeepMarkup(root: DomElement, maxDepth: number): number {
  let flattened = 0;
  const stack: Array<[DomElement, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [element, depth] = stack.pop() as [DomElement, number];
    if (depth >= maxDepth) {
      if (element.children.length > 0) {
        element.textContent = element.textContent ?? "";
        flattened++;
      }
      continue;
    }
    const children = element.children;
    for (let i = 0; i < children.length; i++) {
      stack.push([children[i] as DomElement, depth + 1]);
    }
  }
  return flattened;
}

/**
 * Text of a region with a space between elements ("Politics Business" rather than
 * "PoliticsBusiness"), for chrome where every link or button is its own word. Iterative.
 */
export function spacedText(root: DomNode): string {
  const pieces: string[] = [];
  const stack: DomNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as DomNode;
    if (node.nodeType === TEXT_NODE) {
      pieces.push(node.textContent ?? "");
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE && node !== root) continue;
    const name = node.nodeName.toUpperCase();
    if (name === "SCRIPT" || name === "STYLE" || name === "NOSCRIPT" || name === "TEMPLATE")
      continue;
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as DomNode);
    pieces.push(" ");
  }
  return collapseWhitespace(restoreAngles(pieces.join("")));
}
