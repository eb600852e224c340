// Entity layer: one surname written after two titles of different posts and never with a given
// name ("Director Vint and Minister Vint met on Monday"): two people, each known only by title
// and surname. Read before surnames are linked, so each "<title> Vint" goes to its own person and
// a bare "Vint" (or a speaker's "Vint said") is a choice between them, never one of them
// guessed (issue 11: both were read as one person, and a quote went to the wrong one).

import { SURNAME_TITLE_HEADS, SURNAME_TITLE_RANKS } from "../../../../lexicons/title-words.ts";
import { matchesAt, wordQuery } from "../../word-index.ts";
import type { EntityRegistry } from "../entity-registry.ts";
import { plausiblePersonName } from "../name-rules.ts";
import { addTitle } from "../record-titles.ts";
import { titlesClash } from "./title-clash.ts";

const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
const HEAD_WORDS = wordQuery(SURNAME_TITLE_HEADS.flatMap((w) => [w, cap(w)]));
/**
 * A post head, then one capitalised word that no other name word follows ("Minister Vint", not
 * "Minister Ivo Vint" nor "Minister Vint-Lund"; "Minister Vint's" is his).
 */
const HEAD_THEN_SURNAME = new RegExp(
  `(?:${SURNAME_TITLE_HEADS.flatMap((w) => [w, cap(w)]).join("|")}) (\\p{Lu}\\p{Ll}+)\\b(?![ -]\\p{Lu}|-\\p{Ll}|\\.)`,
  "uy",
);
/** A rank word right before the head: "Deputy Minister Vint" holds another post than the minister. */
const RANK_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])((?:${SURNAME_TITLE_RANKS.flatMap((w) => [w, cap(w)]).join("|")}|First) )$`,
  "u",
);

/** A title written before the surname: where it starts, its words as written. */
type Titled = { start: number; title: string };

/**
 * Makes a person "<title> <surname>" for each post title of a surname no person of the article
 * has, when two of its titles clash (title-clash.ts). The title-surname reader then links each
 * titled mention to its own person by title (surname-resolution.ts `compatible`).
 */
export function readTitledNamesakes(r: EntityRegistry): void {
  const { body } = r.text;
  const bySurname = new Map<string, Titled[]>();
  for (const m of matchesAt(body, HEAD_THEN_SURNAME, r.text.words.starts(HEAD_WORDS))) {
    const surname = m[1]!;
    const headEnd = m.index + m[0].length - surname.length - 1;
    const rank = RANK_BEFORE.exec(body.slice(Math.max(0, m.index - 12), m.index))?.[1] ?? "";
    const list = bySurname.get(surname) ?? [];
    list.push({ start: m.index - rank.length, title: body.slice(m.index - rank.length, headEnd) });
    bySurname.set(surname, list);
  }
  for (const [surname, titled] of bySurname) {
    if (r.namedBy(surname).length > 0 || !namesOnlyAPerson(body, surname)) continue;
    // One person per post, by its title in any case ("Director" = "director"); a post held
    // before ("former Minister Vint") may be either, and makes nobody.
    const posts = new Map<string, Titled>();
    for (const t of titled) {
      const key = t.title.toLowerCase();
      if (!key.startsWith("former") && !posts.has(key)) posts.set(key, t);
    }
    const first = [...posts.values()];
    if (!first.some((a) => first.some((b) => titlesClash(a.title, b.title)))) continue;
    for (const t of first) {
      const index = r.entityFor("person", `${t.title} ${surname}`, surname);
      addTitle(r, index, t.start, t.start + t.title.length);
    }
  }
}

/**
 * A capitalised word that can only be someone's surname here: no title word ("Director General",
 * "Secretary General"), no word the article also writes in lowercase ("Minister Park … the
 * park"), and a plausible name (no clause opener, organisation ending or place).
 */
function namesOnlyAPerson(body: string, word: string): boolean {
  // plausiblePersonName also refuses a title word.
  if (!plausiblePersonName(word)) return false;
  return !new RegExp(`\\b${word.toLowerCase()}\\b`).test(body);
}
