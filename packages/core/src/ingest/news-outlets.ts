/**
 * Recognises the name of a news organisation in running text ("According to Chosun",
 * "The Wall Street Journal reported", a post by "Bloomberg"), so relayed reporting can be told
 * from a quoted person. Known names of major agencies and papers, plus the words news
 * organisations are named with (Times, Post, Journal, Ilbo, News, Agency, ...).
 */
const KNOWN = new Set(
  [
    "ap",
    "associated press",
    "afp",
    "agence france-presse",
    "reuters",
    "bloomberg",
    "bloomberg news",
    "yonhap",
    "yonhap news",
    "xinhua",
    "kyodo",
    "jiji",
    "tass",
    "dpa",
    "ani",
    "pti",
    "upi",
    "chosun",
    "chosun ilbo",
    "joongang",
    "joongang ilbo",
    "korea joongang daily",
    "donga",
    "dong-a",
    "dong-a ilbo",
    "hankyoreh",
    "hankook ilbo",
    "kyunghyang",
    "maeil business",
    "korea herald",
    "korea times",
    "news1",
    "newsis",
    "edaily",
    "kbs",
    "mbc",
    "sbs",
    "jtbc",
    "ytn",
    "arirang",
    "nhk",
    "nikkei",
    "nikkei asia",
    "asahi",
    "yomiuri",
    "mainichi",
    "cnn",
    "bbc",
    "cnbc",
    "msnbc",
    "nbc",
    "abc",
    "cbs",
    "fox news",
    "npr",
    "pbs",
    "politico",
    "axios",
    "semafor",
    "benzinga",
    "forbes",
    "fortune",
    "business insider",
    "insider",
    "financial times",
    "ft",
    "wall street journal",
    "wsj",
    "new york times",
    "nyt",
    "washington post",
    "guardian",
    "economist",
    "time",
    "newsweek",
    "the information",
    "south china morning post",
    "scmp",
    "al jazeera",
    "le monde",
    "der spiegel",
    "vox",
    "marketwatch",
    "barron's",
    "the hill",
    "usa today",
    "los angeles times",
    "yahoo finance",
  ].map((name) => name.toLowerCase()),
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
