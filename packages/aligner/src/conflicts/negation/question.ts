// A denial told inside an open question ("decide whether the dam would not harm the river"): the
// same question in another outlet, without the "not", states the other side of one report.

/** A question left open before a word: what follows "whether" or "if" is not stated as so. */
export const OPEN_QUESTION = /\b(?:whether|if)\b/i;

/**
 * Whether a negation stands inside an open question of its statement: "the rule lets each board
 * decide if its projects would not harm the river" reports what the rule leaves to the board, and
 * "… decide if its projects would harm the river" reports the same rule otherwise.
 */
export function inOpenQuestion(textBefore: string): boolean {
  return OPEN_QUESTION.test(textBefore);
}

/**
 * Whether a negation stands in a direct question, from the text after it: the first stop that ends
 * its sentence is a question mark ("Why not meet in Castlebay?", "Isn't it time the board met?").
 * Such a question, open or rhetorical, states no denial: "met in Castlebay" elsewhere is no answer
 * to it, as a report only asked about is none.
 */
export function inDirectQuestion(textAfter: string): boolean {
  return /^[^.!?]*\?/.test(textAfter);
}
