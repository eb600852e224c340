import { SERVED_PARTICIPLES, SERVICE_POST_NOUNS, TITLE_HEADS } from "../../lexicons/title-words.ts";

/**
 * Whether a plain title is written so that it names the post as it was, or in someone else's words,
 * rather than the outlet saying the person holds it now. Such a title stands against no "former"
 * elsewhere (`titles.ts`):
 * - inside a direct quotation of its paragraph: the speaker's wording (a form of address, a record
 *   of the time), not the outlet's: `"We wrote to Governor Ivo Vint twice," Lund said`;
 * - in what a past post was held under: `a former aide to President Ivo Vint`, `a former official
 *   in President Vint's cabinet`: the "former" of the aide's post dates the whole relation, the
 *   title named with it included;
 * - as whom someone's perfect tense served: `Lund, who has also represented President Ivo Vint`,
 *   a record of service that names the post of its time.
 */
export function titleToldOfThen(body: string, start: number): boolean {
  return (
    insideParagraphQuotation(body, start) ||
    inFormerServiceOf(body, start) ||
    servedInThePerfect(body, start)
  );
}

function insideParagraphQuotation(body: string, start: number): boolean {
  const paragraph = body.slice(body.lastIndexOf("\n", start - 1) + 1, start);
  const straight = paragraph.split('"').length - 1;
  const opening = paragraph.split("\u201c").length - 1;
  const closing = paragraph.split("\u201d").length - 1;
  return straight % 2 === 1 || opening > closing;
}

const POST_NOUNS = [...TITLE_HEADS, ...SERVICE_POST_NOUNS].join("|");
/** "former" or "ex-", up to three words, a post noun, then the word tying it to whom it served. */
const FORMER_SERVICE = new RegExp(
  `\\b(?:former\\s+|ex-\\s*|onetime\\s+|one-time\\s+)(?:[\\w'’-]+\\s+){0,3}?(?:${POST_NOUNS})s?\\s+(?:to|in|under|for)\\s+(?:the\\s+)?$`,
  "i",
);
/** How far back the former post may begin: "a former top economic adviser to ". */
const SERVICE_REACH = 80;

function inFormerServiceOf(body: string, start: number): boolean {
  return FORMER_SERVICE.test(body.slice(Math.max(0, start - SERVICE_REACH), start));
}

/** "has", "have" or "had", an adverb at most, a verb of serving, then the title. */
const PERFECT_SERVICE = new RegExp(
  `\\b(?:has|have|had)\\s+(?:[a-z]+ly\\s+|also\\s+|once\\s+|long\\s+)?(?:${SERVED_PARTICIPLES.join("|").replace(/ /g, "\\s+")})\\s+(?:the\\s+)?$`,
  "i",
);

function servedInThePerfect(body: string, start: number): boolean {
  return PERFECT_SERVICE.test(body.slice(Math.max(0, start - SERVICE_REACH), start));
}
