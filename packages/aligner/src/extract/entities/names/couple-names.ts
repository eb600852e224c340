// Mention layer: "Odran and Wilma Tessaly" names two people. The surname written once belongs to
// both given names; read as one name, only Wilma Tessaly exists and "Mr. Tessaly" later has no
// one to be (or, worse, a bare "Tessaly" goes to the wife whatever it says).

import { execFromCapital } from "../../capital-starts.ts";
import { givenNameGender } from "../../person-names.ts";

/** The first given name of a pair sharing one surname: its span and the full name it stands for. */
export type CoupleName = { start: number; end: number; name: string; surname: string };

/**
 * "<Given> and <Given> <Surname>" — the second full name is checked against the article's people;
 * never after a capitalised word ("Ada Roe and Ivo Lund": Roe is a surname), a preposition of
 * place ("in Salem and Ivo Lund") or a list item ("Brandy, Monica and Ivo Lund": one-name people),
 * nor before a capitalised word ("the Arjay and Frances Miller Chair" names a post). The lookahead
 * comes first: the lookbehinds (one scans back over a word) were tried at every word of the article,
 * not only where a capitalised word and "and" begin (same matches, a quarter of the time). Sticky,
 * tried at the body's capitals alone (capital-starts.ts).
 */
const PAIR =
  /(?=\p{Lu}\p{Ll}+ and \p{Lu})(?<![\p{L}’'.-])(?<!\p{Lu}[\p{L}’'.-]* )(?<!\b(?:of|in|at|from|to|near|for) )(?<!\p{Lu}[\p{L}’'.-]*, )(\p{Lu}\p{Ll}+) and (\p{Lu}\p{Ll}+) (\p{Lu}[\p{L}’'-]+)(?![\p{L}’'-]| \p{Lu})/uy;

/**
 * Whether every other time the article writes `first` it is followed by `last` ("Ivo Lund"
 * beside "Ivo and Ada Lund"): a word written alone or before another word elsewhere
 * ("Orvale and Tav Moss", "Vint and Ada Lund") is a name of its own, not half a pair.
 */
function onlyBeforeSurname(body: string, first: string, last: string, at: number): boolean {
  const word = new RegExp(`(?<![\\p{L}’'-])${first}(?![\\p{L}’'-])`, "gu");
  for (let m = word.exec(body); m !== null; m = word.exec(body)) {
    if (m.index === at) continue;
    if (!body.startsWith(` ${last}`, m.index + first.length)) return false;
  }
  return true;
}

/**
 * First given names of "<Given> and <Given> <Surname>" where "<Given> <Surname>" after "and" is a
 * person the article already found and the first word is a known given name (so never "Smith and
 * Wilma Tessaly", a place or an outlet). A first name that already starts a full name the article
 * gives with another surname ("Odran Bask … Odran and Wilma Tessaly") is left alone: two people
 * may share a given name, and guessing which one it is would be a wrong person.
 */
export function findCoupleNames(
  body: string,
  people: ReadonlyMap<string, string | null>,
): CoupleName[] {
  const out: CoupleName[] = [];
  if (!body.includes(" and ")) return out;
  let from = 0;
  for (let m = execFromCapital(PAIR, body, 0); m !== null; m = execFromCapital(PAIR, body, from)) {
    from = m.index + m[0].length;
    const [, first, second, last] = m as unknown as [string, string, string, string];
    const surname = people.get(`${second} ${last}`);
    if (surname !== last || givenNameGender(first) === null || givenNameGender(second) === null) {
      continue;
    }
    const elsewhere = [...people].some(
      ([name, other]) =>
        other === first || (name.startsWith(`${first} `) && !name.endsWith(` ${last}`)),
    );
    if (elsewhere || !onlyBeforeSurname(body, first, last, m.index)) continue;
    out.push({ start: m.index, end: m.index + first.length, name: `${first} ${last}`, surname });
  }
  return out;
}
