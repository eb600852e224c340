import { createHash } from "node:crypto";
import type { ArticleKind } from "../schemas/article.ts";
import type { Outlet } from "../schemas/outlet.ts";
import { IngestError } from "./ingest-error.ts";

export type ParsedOutlet = {
  outlet: Outlet;
  /** Notes the user wrote in parentheses, e.g. "editorial", "photo: News1". */
  notes: string[];
  /** An article kind stated in the notes ("(editorial)", "(opinion)"), which outranks text cues. */
  kind: ArticleKind | null;
};

const MAX_OUTLET_NAME = 200;

/** Kinds a user may state in a note, by the words they would use. */
const KIND_NOTES: ReadonlyArray<readonly [RegExp, ArticleKind]> = [
  [/^(?:editorial|editorials|leader|our view)$/i, "editorial"],
  [/^(?:opinion|op-?ed|column|commentary|analysis|letter|guest column)$/i, "opinion"],
  [/^(?:aggregation|aggregated|roundup|wire roundup)$/i, "aggregation"],
  [/^(?:news|report)$/i, "news"],
];

/**
 * Reads the outlet as a user typed it: "Korea JoongAng Daily (editorial)" is the outlet
 * "Korea JoongAng Daily" with the note "editorial". Notes in (), [] are stripped from the name.
 */
export function parseOutletName(raw: unknown): ParsedOutlet {
  if (typeof raw !== "string" || raw.trim() === "") {
    throw new IngestError(
      "MISSING_OUTLET",
      'outlet is missing or empty; give the outlet\'s name as a reader would, e.g. "Korea JoongAng Daily".',
    );
  }
  const notes: string[] = [];
  const source = raw.normalize("NFC").slice(0, MAX_OUTLET_NAME * 4);
  // One level of brackets only, and no nested quantifier, so this stays linear.
  const name = source
    .replace(/[([]([^()[\]]*)[)\]]/g, (_, note: string) => {
      if (note.trim()) notes.push(note.trim());
      return " ";
    })
    .replace(/\s+/g, " ")
    .trim();
  if (name === "") {
    throw new IngestError(
      "MISSING_OUTLET",
      `outlet "${raw.trim().slice(0, 80)}" has only a note in brackets and no name; write the name before the note, e.g. "Chosun Ilbo (photo: News1)".`,
    );
  }
  if (name.length > MAX_OUTLET_NAME) {
    throw new IngestError(
      "INVALID_INPUT",
      `outlet name is ${name.length} characters long; the limit is ${MAX_OUTLET_NAME}. Give just the outlet's name.`,
    );
  }
  let kind: ArticleKind | null = null;
  for (const note of notes) {
    const found = KIND_NOTES.find(([pattern]) => pattern.test(note));
    if (found) {
      kind = found[1];
      break;
    }
  }
  return { outlet: { id: outletId(name), name }, notes, kind };
}

/** A lowercase slug; names with no Latin letters or digits get a stable hash-based id. */
export function outletId(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug) return slug;
  return `outlet-${createHash("sha256").update(name, "utf8").digest("hex").slice(0, 10)}`;
}
