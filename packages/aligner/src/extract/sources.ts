import type { Entity, Source } from "@parallax/core";
import { NEWS_OUTLETS } from "@parallax/core";
import { escapeRegExp } from "../escape-regexp.ts";
import type { ArticleText } from "./article-text.ts";
import { nameKey } from "./entities/entity-records.ts";
import { charPositions, firstWords, matchesAt, sticky, wordQuery } from "./word-index.ts";

const OUTLET_NAMES = [...NEWS_OUTLETS]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join("|");
const REPORTED_BY = new RegExp(
  `(?<![\\w-])(${OUTLET_NAMES})(?:[’']s)? (?:reported|reports|has reported|said in a report|cited)\\b|\\breported by (${OUTLET_NAMES})(?![\\w-])`,
  "g",
);
const ACCORDING_TO = new RegExp(
  `\\b(?:[Aa]ccording to|[Cc]iting|[Cc]ited by|[Aa]s reported by) (?:the )?(?:[a-z]+ )?(${OUTLET_NAMES})(?![\\w-])`,
  "g",
);
// Sticky twins, tried only where their first word starts (word-index.ts).
const REPORTED_BY_AT = sticky(REPORTED_BY);
const REPORTED_BY_WORDS = wordQuery([...firstWords(NEWS_OUTLETS), "reported"]);
const ACCORDING_TO_AT = sticky(ACCORDING_TO);
const ACCORDING_TO_WORDS = wordQuery([
  "According",
  "according",
  "Citing",
  "citing",
  "Cited",
  "cited",
  "As",
  "as",
]);
/**
 * Outlets nobody listed, at a clause end only: "…, according to Continental Wire.", "…, per
 * Politico Europe." (a listed outlet is taken with the words that follow it: never "Politico"
 * out of "Politico Europe").
 */
const NAME_RUN = String.raw`[A-Z][\w&’'-]*(?:\.[A-Z][\w&’'-]*)*(?: (?:of |the |de )?[A-Z][\w&’'-]*(?:\.[A-Z][\w&’'-]*)*){0,4}`;
const TRAILING_ACCORDING_AT = new RegExp(
  String.raw`(?<=, )(?:according to|per) (?:the )?(${NAME_RUN})(?=\s*(?:[.;!?”"]|$))`,
  "y",
);
/** Words of an institution's name ("the Korea Customs Service"): a body that publishes data, not an outlet. */
const INSTITUTION_WORD =
  /\b(?:Ministry|Department|Office|Service|Bureau|Administration|Commission|Council|Committee|Institute|University|Bank|Fund|Association|Federation|Government|Police|Court|Authority|Board|Statistics)\b/;
const TRAILING_ACCORDING_WORDS = wordQuery(["according", "per"]);
/** "…, Continental Wire reported on Wednesday.": the verb and what may follow it to the clause end. */
const REPORTED_TAIL_AT =
  /(?:reported|reports)(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|earlier|last\s+week))?\s*(?:[.,;!?]|$)/y;
const REPORTED_WORDS = wordQuery(["reported", "reports"]);
const BODY_PHOTO_CREDIT =
  /\[([A-Z][A-Z0-9 ]{1,40})\]|\/\s?Courtesy of ([A-Z][\w ]{1,40}?)(?=\s*$|\n)/gm;
const BODY_EMBED_AUTHOR = /^— ([A-Z][\w .&-]{0,60}?) \(@\w+\)/gm;
// Each alternative begins with its own character, so the sticky twins run only where it occurs.
const BODY_PHOTO_CREDIT_AT = sticky(BODY_PHOTO_CREDIT);
const BODY_EMBED_AUTHOR_AT = sticky(BODY_EMBED_AUTHOR);

/**
 * The outlets and agencies an article leans on: "Benzinga reported", "According to Chosun",
 * photo credits (from captions, or left in the body as "[YONHAP]"), embedded posts. `entities`
 * (the article's, as extracted) tell a person from an outlet nobody listed: "…, according to
 * Maria Gonzalez." is her word, not a source.
 */
export function readSources(text: ArticleText, entities: readonly Entity[]): Source[] {
  const { body, article } = text;
  const out: Source[] = [];
  const seen = new Set<string>();
  const person = new PersonLookup(entities);
  const add = (name: string, via: Source["via"], start: number | null) => {
    const key = `${via}:${nameKey(name)}`;
    if (seen.has(key) || name.trim().length === 0) return;
    seen.add(key);
    out.push({
      name,
      via,
      span: start === null ? null : text.span(start, start + name.length),
    });
  };
  for (const m of matchesAt(body, REPORTED_BY_AT, text.words.starts(REPORTED_BY_WORDS))) {
    const name = m[1] ?? m[2] ?? "";
    add(name, "reported-by", m.index + m[0].indexOf(name));
  }
  for (const at of text.words.starts(REPORTED_WORDS)) {
    REPORTED_TAIL_AT.lastIndex = at;
    if (!REPORTED_TAIL_AT.test(body)) continue;
    const start = nameRunBefore(body, at);
    const name = start >= 0 ? body.slice(start, at - 1) : "";
    if (start >= 0 && !INSTITUTION_WORD.test(name) && !person.named(name, start))
      add(name, "reported-by", start);
  }
  const trailing = new Set<number>();
  for (const m of matchesAt(
    body,
    TRAILING_ACCORDING_AT,
    text.words.starts(TRAILING_ACCORDING_WORDS),
  )) {
    const name = m[1] ?? "";
    const start = m.index + m[0].lastIndexOf(name);
    trailing.add(start);
    if (!INSTITUTION_WORD.test(name) && !person.named(name, start))
      add(name, "according-to", start);
  }
  for (const m of matchesAt(body, ACCORDING_TO_AT, text.words.starts(ACCORDING_TO_WORDS))) {
    const name = m[1] ?? "";
    const start = m.index + m[0].lastIndexOf(name);
    if (!trailing.has(start)) add(name, "according-to", start);
  }
  for (const caption of article.captions)
    if (caption.credit) add(caption.credit, "photo-credit", null);
  for (const m of matchesAt(body, BODY_PHOTO_CREDIT_AT, charPositions(body, "[/"))) {
    const name = (m[1] ?? m[2] ?? "").trim();
    add(name, "photo-credit", m.index + m[0].indexOf(name));
  }
  for (const embed of article.embeds) {
    const name = embed.author ?? embed.handle ?? null;
    if (name) add(name, "embedded-post", null);
  }
  for (const m of matchesAt(body, BODY_EMBED_AUTHOR_AT, charPositions(body, "\u2014"))) {
    const name = m[1] ?? "";
    add(name, "embedded-post", m.index + m[0].indexOf(name));
  }
  return out;
}

/**
 * Whether a name nobody listed as an outlet is a person of the article: one known by that whole
 * name, or a person mention starting there ("according to Gonzalez"). Built on first use: only
 * where an unlisted name was found.
 */
class PersonLookup {
  private keys: Set<string> | null = null;
  private starts: Set<number> | null = null;

  constructor(private readonly entities: readonly Entity[]) {}

  named(name: string, start: number): boolean {
    if (this.keys === null || this.starts === null) {
      this.keys = new Set();
      this.starts = new Set();
      for (const e of this.entities) {
        if (e.kind !== "person" || e.unnamed) continue;
        this.keys.add(nameKey(e.name));
        for (const m of e.mentions)
          if (m.form === "name" || m.form === "surname" || m.form === "title-surname")
            this.starts.add(m.span.start);
      }
    }
    return this.keys.has(nameKey(name)) || this.starts.has(start);
  }
}

/**
 * Start of one to five capitalised words that end at the space before `verbAt` and follow a comma
 * ("…, Continental Wire reported"), or -1.
 */
function nameRunBefore(body: string, verbAt: number): number {
  if (verbAt < 2 || body.charCodeAt(verbAt - 1) !== 32) return -1;
  let i = verbAt - 1;
  let start = -1;
  for (let n = 0; n < 5; n += 1) {
    let w = i;
    while (w > 0 && /[\w&’'.-]/.test(body[w - 1] ?? "")) w -= 1;
    if (w === i) return -1;
    const c = body.charCodeAt(w);
    if (c < 65 || c > 90) return -1;
    start = w;
    if (w >= 2 && body.charCodeAt(w - 1) === 32 && body.charCodeAt(w - 2) === 44) return start;
    if (w < 1 || body.charCodeAt(w - 1) !== 32) return -1;
    i = w - 1;
  }
  return -1;
}

/**
 * An article "mostly relays others" when ingestion says so, or when it leans on two or more
 * other outlets through reports, attributions and embedded posts (photo credits do not count).
 */
export function isAggregated(text: ArticleText, sources: readonly Source[]): boolean {
  if (text.article.kind === "aggregation") return true;
  const own = nameKey(text.article.outlet.name);
  const others = new Set(
    sources
      .filter((s) => s.via !== "photo-credit")
      .map((s) => nameKey(s.name))
      .filter((k) => !own.includes(k) && !k.includes(own)),
  );
  return others.size >= 2;
}
