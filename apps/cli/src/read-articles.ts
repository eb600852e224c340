import { readFileSync, statSync } from "node:fs";
import { basename, dirname, extname, join, resolve } from "node:path";
import { type Article, isIngestError, parseArticle } from "@parallax/core";
import { CliError } from "./cli-error.ts";

export type InputFile = { path: string; outlet: string };

/**
 * The outlet of each file: the --outlet names in order, then a manifest.json beside the file
 * (`{ "articles": [{ "file", "outlet" }] }`, as in the corpus), then the file name
 * ("korea-herald.html" → "Korea Herald").
 */
export function resolveOutlets(files: readonly string[], outlets: readonly string[]): InputFile[] {
  const manifests = new Map<string, Map<string, string>>();
  return files.map((file, index) => {
    const given = outlets[index];
    if (given) return { path: file, outlet: given };
    const dir = dirname(resolve(file));
    let manifest = manifests.get(dir);
    if (!manifest) {
      manifest = readManifest(dir);
      manifests.set(dir, manifest);
    }
    return { path: file, outlet: manifest.get(basename(file)) ?? outletFromFileName(file) };
  });
}

function readManifest(dir: string): Map<string, string> {
  const outlets = new Map<string, string>();
  let text: string;
  try {
    text = readFileSync(join(dir, "manifest.json"), "utf8");
  } catch {
    return outlets;
  }
  try {
    const manifest = JSON.parse(text) as { articles?: { file?: unknown; outlet?: unknown }[] };
    for (const entry of manifest.articles ?? []) {
      if (typeof entry.file === "string" && typeof entry.outlet === "string")
        outlets.set(entry.file, entry.outlet);
    }
  } catch {
    throw new CliError(
      `${join(dir, "manifest.json")} is not valid JSON; fix it or pass --outlet for each file`,
      1,
    );
  }
  return outlets;
}

export function outletFromFileName(file: string): string {
  const stem = basename(file, extname(file))
    .replace(/^\d+[_-]+/, "")
    .replace(/[_-]+/g, " ")
    .trim();
  const words = stem.split(/\s+/).filter((w) => w.length > 0);
  return words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(" ") || basename(file);
}

/** Reads and parses one input file; every failure becomes a CliError naming the file. */
export function readArticle(input: InputFile): Article {
  let bytes: Buffer;
  try {
    if (statSync(input.path).isDirectory())
      throw new CliError(`${input.path} is a directory, not an article file`, 1);
    bytes = readFileSync(input.path);
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new CliError(`${input.path}: no such file`, 1);
    if (code === "EACCES" || code === "EPERM")
      throw new CliError(`${input.path}: permission denied, cannot read it`, 1);
    throw new CliError(`${input.path}: cannot read it (${(error as Error).message})`, 1);
  }
  const html =
    /\.x?html?$/i.test(input.path) ||
    /^\s*<(?:!doctype html|html)[\s>]/i.test(bytes.subarray(0, 512).toString("utf8"));
  try {
    return html
      ? parseArticle({ html: bytes, outlet: input.outlet })
      : parseArticle({ text: bytes, outlet: input.outlet });
  } catch (error) {
    if (isIngestError(error))
      throw new CliError(`${input.path}: ${error.message} [${error.code}]`, 1);
    throw error;
  }
}
