// Attribution layer: "Vint went on to say, “…”", "Vint was quick to add that …" — a speech verb
// after "went on to" or "was quick/careful/eager/keen to" is the subject's own report, not an
// infinitive that reports nothing ("to say" alone).

/** "went on to" / "goes on to" / "going on to", "was quick to" / "is careful to" before a verb. */
export const WENT_ON_TO =
  /\s(?:(?:went|goes|go|going)\s+on|(?:was|is|were|are)\s+(?:quick|careful|eager|keen))\s+to\s+$/;

/** Whether the verb at `verbStart` is the subject's report after "went on to" or "was quick to". */
export function continuesSpeech(body: string, lo: number, verbStart: number): boolean {
  return WENT_ON_TO.test(body.slice(Math.max(0, lo - 1), verbStart));
}
