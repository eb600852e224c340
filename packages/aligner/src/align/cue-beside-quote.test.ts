import { describe, expect, it } from "vitest";
import { cueBesideQuote, subjectOfCue } from "./cue-beside-quote.ts";

/** The spans of a quotation's words and of a cue in an invented body. */
function spans(body: string, quoted: string, cue: string) {
  const q = body.indexOf(quoted);
  const c = body.indexOf(cue);
  return [
    { articleId: "a", start: q, end: q + quoted.length },
    { articleId: "a", start: c, end: c + cue.length },
  ] as const;
}

describe("cueBesideQuote", () => {
  it("takes a cue in the quote's paragraph, before or after it", () => {
    const after = 'The mill reopened.\n\n"We lost a season of work," Ilse Marr said.';
    expect(
      cueBesideQuote(after, ...spans(after, "We lost a season of work", "Ilse Marr said")),
    ).toBe(true);
    const before = 'Ilse Marr said: "We lost a season of work."';
    expect(cueBesideQuote(before, ...spans(before, "We lost a season", "Ilse Marr said"))).toBe(
      true,
    );
  });

  it("takes a quotation that runs across paragraphs to its cue, or on from it", () => {
    const runs = '"The roof held.\n\nThe walls did not," Ilse Marr said.';
    expect(cueBesideQuote(runs, ...spans(runs, "The roof held.", "Ilse Marr said"))).toBe(true);
    const on = '"The roof held," Ilse Marr said.\n\n"The walls did not."';
    expect(cueBesideQuote(on, ...spans(on, "The walls did not.", "Ilse Marr said"))).toBe(true);
  });

  it("refuses a cue that belongs to the next quotation or comes after the quote was closed", () => {
    const next =
      'A mill worker called it "a slow ruin.\n\nNobody listened."\n\nForeman Olek Brandt had said, "We kept the line running."';
    expect(
      cueBesideQuote(next, ...spans(next, "a slow ruin.", "Foreman Olek Brandt had said")),
    ).toBe(false);
    const closed = '"The line stopped twice."\n\nBrandt had insisted on working through the night.';
    expect(
      cueBesideQuote(closed, ...spans(closed, "The line stopped twice.", "Brandt had insisted")),
    ).toBe(false);
  });
});

describe("subjectOfCue", () => {
  it("takes the name right before the cue's verb, or set off by one appositive", () => {
    const plain = 'Ilse Marr said that "the mill will reopen."';
    expect(subjectOfCue(plain, ...spans(plain, "Ilse Marr", "said that"))).toBe(true);
    const set = 'Ms. Marr, the mill director, said Tuesday that "the mill will reopen."';
    expect(subjectOfCue(set, ...spans(set, "Ms. Marr", "said Tuesday that"))).toBe(true);
  });

  it("refuses a name with a clause or another quotation between it and the cue", () => {
    const clause = 'Ilse Marr left early, and a foreman said that "the mill will reopen."';
    expect(subjectOfCue(clause, ...spans(clause, "Ilse Marr", "said that"))).toBe(false);
    const quoted = 'Ilse Marr, who called it "a ruin," said the mill will reopen.';
    expect(subjectOfCue(quoted, ...spans(quoted, "Ilse Marr", "said the"))).toBe(false);
  });
});
