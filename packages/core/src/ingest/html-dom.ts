import { parseHTML } from "linkedom";

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
  return (node.textContent ?? "").replace(/\s+/g, " ").trim();
}
