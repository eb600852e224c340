import { NEWS_OUTLETS, NEWS_OUTLETS_AMBIGUOUS } from "../lexicons/news-outlets.ts";

/**
 * Recognises the name of a news organisation in running text ("According to Chosun",
 * "The Wall Street Journal reported", a post by "Bloomberg"), so relayed reporting can be told
 * from a quoted person. Known names of major agencies and papers (lexicons/news-outlets.ts), plus
 * the words news organisations are named with (Times, Post, Journal, Ilbo, News, Agency, ...).
 */
const KNOWN: ReadonlySet<string> = new Set(
  [...NEWS_OUTLETS, ...NEWS_OUTLETS_AMBIGUOUS].map((name) =>
    name
      .replace(/^the\s+/i, "")
      .replace(/['’]s$/, "")
      .toLowerCase(),
  ),
);

const OUTLET_WORD =
  /\b(?:times|post|journal|news|daily|herald|ilbo|shinmun|shimbun|tribune|gazette|telegraph|chronicle|press|wire|agency|broadcasting|television|tv|radio|magazine|insider|observer|independent|newswire|media|network)$/i;

export function looksLikeNewsOutlet(name: string): boolean {
  const text = name
    .trim()
    .replace(/^the\s+/i, "")
    .replace(/['’]s$/, "")
    .toLowerCase();
  if (text === "" || text.length > 60) return false;
  if (KNOWN.has(text)) return true;
  // "Korea JoongAng Daily", "The Korea Herald", "Nikkei Asian Review" but not "Kim" or "Washington".
  return /\s/.test(text) && OUTLET_WORD.test(text);
}

/** Whether two outlet names denote the same organisation ("Chosun" and "Chosun Ilbo"). */
export function sameOutlet(a: string, b: string): boolean {
  const norm = (value: string) =>
    value
      .toLowerCase()
      .replace(/^the\s+/, "")
      .replace(/[^a-z0-9]+/g, " ")
      .trim();
  const x = norm(a);
  const y = norm(b);
  if (x === "" || y === "") return false;
  return x === y || ` ${x} `.includes(` ${y} `) || ` ${y} `.includes(` ${x} `);
}
