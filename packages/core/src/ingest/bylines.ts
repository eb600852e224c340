/** A byline line is short: a few names, maybe a role and an e-mail. */
const MAX_BYLINE_LENGTH = 200;

/**
 * Korean surnames as romanised in bylines. After one of these, a hyphenated given name keeps its
 * second syllable lowercase ("Seo Ha-eun", "Yoon Ji-won"), the convention of Korean outlets;
 * other hyphenated names capitalise each part ("Jean-Paul").
 */
const KOREAN_SURNAMES = new Set(
  (
    "kim lee yi rhee park pak choi choe jung jeong chung kang cho jo yoon yun jang chang lim im " +
    "han oh seo suh shin sin kwon hwang ahn an song yoo yu ryu hong jeon jun chun ko koh go moon " +
    "mun yang son sohn bae baek paik heo huh nam noh roh ha kwak sung seong cha joo ju woo min " +
    "na jin ji eom um chae won bang gong kong hyun hyeon ham byun byeon yeom yeo chu do so seok " +
    "sun seol ma gil yeon wi pyo myung myeong ki ban ra wang geum ok yook yuk maeng je mo tak " +
    "guk kook"
  ).split(" "),
);

/** Job words that follow a name in a byline ("Seo Ha-eun, Staff Reporter") and are not names. */
const ROLE =
  /^(?:(?:senior |chief |staff |special |political |economic |business |foreign |washington |seoul |tokyo |beijing )?(?:reporter|reporters|writer|writers|correspondent|correspondents|editor|editors|columnist|contributor|analyst|journalist|staff)|(?:the )?(?:associated press|editorial board))$/i;

/** Cloudflare hides e-mails in saved pages as "[email protected]"; real addresses also appear. */
const EMAIL =
  /\s*[[(<]*\s*(?:\[?email protected\]?|[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4})\s*[\])>]*/gi;

const NAME_TOKEN =
  /^(?:[A-Z][A-Za-z'’]*(?:-[A-Za-z][A-Za-z'’]*)*\.?|(?:de|da|di|du|dos|das|del|van|von|der|den|ter|bin|binti|al|el|la|le)|(?:Mc|Mac|O'|O’)[A-Z][a-z]+)$/;

/**
 * Reads a byline line: "BY SEO HA-EUN [[email protected]]" → ["Seo Ha-eun"],
 * "By Seo Jin, Yoon Ji-won" → ["Seo Jin", "Yoon Ji-won"], "By Jane Doe and John Roe, Reporters".
 * Returns null when the line is not a byline (e.g. "By Monday, the talks had stalled.").
 */
export function parseBylineLine(line: string): string[] | null {
  const text = line.trim();
  if (text.length < 4 || text.length > MAX_BYLINE_LENGTH) return null;
  const byMatch = /^(?:by|written by|reported by|reporter|reporters|words by)\s*:?\s+/i.exec(text);
  const hasEmail = /email protected|@[\w-]+\./i.test(text);
  if (!byMatch && !hasEmail) return null;
  let rest = text.slice(byMatch ? byMatch[0].length : 0);
  rest = rest.replace(EMAIL, " ");
  // Drop what follows a bar or bullet ("Seo Ha-eun | Harbour Daily").
  rest = rest.split(/\s[|·•—–]\s/)[0] ?? "";
  rest = rest
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[,;:.]$/, "");
  if (rest === "") return null;

  const isAllCaps = !/[a-z]/.test(rest);
  const names: string[] = [];
  for (const rawPart of rest.split(/\s*(?:,|;|&|\band\b|\bAND\b)\s*/)) {
    const part = rawPart.trim();
    if (part === "") continue;
    if (ROLE.test(part)) continue;
    const tokens = part.split(" ");
    if (tokens.length > 5) return null;
    // A byline's names are capitalised (or all caps); "By the end of ..." is prose.
    if (!isAllCaps && !tokens.every((token) => NAME_TOKEN.test(token))) return null;
    if (isAllCaps && !tokens.every((token) => /^[A-Z][A-Z'’.-]*$/.test(token))) return null;
    if (!isAllCaps && tokens.filter((token) => /^[A-Z]/.test(token)).length < 1) return null;
    names.push(isAllCaps ? titleCaseName(part) : part);
  }
  if (names.length === 0 || names.length > 8) return null;
  // With no "By", only a name followed by an e-mail counts, and a lone word is not a name.
  if (!byMatch && names.some((name) => !name.includes(" "))) return null;
  return names;
}

/** "SEO HA-EUN" → "Seo Ha-eun"; "JEAN-PAUL DUBOIS" → "Jean-Paul Dubois"; "O'NEIL" → "O'Neil". */
export function titleCaseName(name: string): string {
  const tokens = name.trim().split(/\s+/);
  const koreanOrder = KOREAN_SURNAMES.has((tokens[0] ?? "").toLowerCase());
  return tokens
    .map((token, index) => {
      const parts = token.split("-");
      return parts
        .map((part, partIndex) =>
          koreanOrder && index > 0 && partIndex > 0 ? part.toLowerCase() : capitalise(part),
        )
        .join("-");
    })
    .join(" ");
}

function capitalise(word: string): string {
  const lower = word.toLowerCase();
  // Keep the capital after an apostrophe or a Mc prefix: O'Neil, McDonald.
  return lower
    .replace(
      /^(mc|o['’])([a-z])/,
      (_, prefix: string, letter: string) =>
        `${prefix.charAt(0).toUpperCase()}${prefix.slice(1)}${letter.toUpperCase()}`,
    )
    .replace(/^[a-z]/, (letter) => letter.toUpperCase());
}
