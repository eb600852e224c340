import type { Embed } from "../schemas/article.ts";
import { isoDate, readWrittenDate } from "./written-date.ts";

export type EmbedAttribution = {
  author: string | null;
  handle: string | null;
  date: string | null;
};

/**
 * The signature line under an embedded post as pages render it:
 * "— Bloomberg (@business) October 20, 2025" (X/Twitter), "A post shared by Name (@handle)"
 * (Instagram). Returns null for any other line.
 */
export function parseEmbedAttribution(line: string): EmbedAttribution | null {
  const text = line.trim();
  if (text.length > 200) return null;
  const shared = /^a post shared by (.{1,80}?) ?\((@[A-Za-z0-9_.]{1,30})\)$/i.exec(text);
  if (shared) return { author: clean(shared[1]), handle: shared[2] ?? null, date: null };

  const dash = /^(?:—|–|-{1,2}|―)\s*/.exec(text);
  if (!dash) return null;
  const rest = text.slice(dash[0].length);
  const open = rest.indexOf("(@");
  const close = open >= 0 ? rest.indexOf(")", open) : -1;
  if (open < 0 || close < 0) return null;
  const handle = rest.slice(open + 1, close);
  if (!/^@[A-Za-z0-9_]{1,30}$/.test(handle)) return null;
  const author = clean(rest.slice(0, open));
  const after = rest.slice(close + 1).trim();
  let date: string | null = null;
  if (after !== "") {
    const written = readWrittenDate(after);
    // The signature ends with the post's date and nothing else; a longer tail is prose.
    if (!written || after.slice(written.length).trim() !== "") return null;
    date = isoDate(written);
  }
  return { author, handle, date };
}

/** Builds the embed from the post's text (the paragraph above the signature) and its signature. */
export function buildEmbed(postText: string, attribution: EmbedAttribution): Embed {
  let text = postText.trim();
  let url: string | null = null;
  // Posts end with their link(s): "… https://t.co/Uh0XiJ00kl" or "pic.twitter.com/abc".
  for (;;) {
    const link = /\s*((?:https?:\/\/|pic\.twitter\.com\/)[^\s]{1,200})$/.exec(text.slice(-220));
    if (!link || link[1] === undefined) break;
    const found = link[1];
    if (url === null || found.startsWith("http")) url = found;
    text = text.slice(0, text.length - link[0].length);
  }
  return {
    kind: "post",
    text: text.trimEnd(),
    author: attribution.author,
    handle: attribution.handle,
    date: attribution.date,
    url,
  };
}

function clean(value: string | undefined): string | null {
  const text = (value ?? "").trim();
  return text === "" ? null : text;
}
