// Attribution layer: "Vint went on to say, “…”" — a speech verb after "went on to" is the
// subject's next report, not an infinitive that reports nothing ("to say" alone).

/** "went on to" / "goes on to" / "go on to" / "going on to" right before a verb. */
export const WENT_ON_TO = /\s(?:went|goes|go|going)\s+on\s+to\s+$/;

/** Whether the verb at `verbStart` continues the subject's speech after "went on to". */
export function continuesSpeech(body: string, lo: number, verbStart: number): boolean {
  return WENT_ON_TO.test(body.slice(Math.max(0, lo - 1), verbStart));
}
