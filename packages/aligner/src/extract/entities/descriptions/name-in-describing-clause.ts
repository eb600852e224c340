// Entity layer: a description of someone whose name stands only in the clause that describes
// them — "a person close to Ada Lund", "a party member who backs Vint" — names the one described,
// someone unnamed, never the person in that clause.

/**
 * A determiner, at most six words (the last a lowercase noun: "member", "person"), then a
 * relative pronoun or "close to" that opens the describing clause.
 */
const DESCRIBED_THEN_CLAUSE =
  /^(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he|[Ss]ome|[Ss]everal|[Mm]any|[Tt]wo|[Tt]hree)\s+(?:[\p{L}.’'-]+\s+){0,5}?\p{Ll}[\p{Ll}-]*\s+(?:who|whom|whose|that|which|close\s+to)\s/u;

/**
 * Whether the speaker phrase is a description whose names all come after a relative pronoun or
 * "close to" (`said a person close to Ada Lund`, `said a senior Harbour Trust member who backs
 * Lund`): the words before name the speaker, the clause only says how they relate to someone.
 */
export function nameInDescribingClause(phrase: string): boolean {
  return DESCRIBED_THEN_CLAUSE.test(phrase);
}
