import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type CorpusManifest, CorpusManifestSchema } from "./manifest.ts";

/** Folder of the Korea–U.S. tariff talks corpus: an exact copy of the captures, never edited. */
export const TARIFF_TALKS_DIR = join(
  dirname(fileURLToPath(import.meta.url)),
  "../data/korea-us-tariffs-2025-10",
);

export type CorpusFile = {
  file: string;
  path: string;
  /** The outlet as a user would type it when adding the article. */
  outlet: string;
  text: string;
};

export type Corpus = { story: string; language: string; files: CorpusFile[] };

/** Reads a corpus folder: its manifest (validated) and each captured file, in manifest order. */
export function loadCorpus(dir: string = TARIFF_TALKS_DIR): Corpus {
  const manifest: CorpusManifest = CorpusManifestSchema.parse(
    JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")),
  );
  return {
    story: manifest.story,
    language: manifest.language,
    files: manifest.articles.map(({ file, outlet }) => {
      const path = join(dir, file);
      return { file, path, outlet, text: readFileSync(path, "utf8") };
    }),
  };
}
