import { describe, expect, it } from "vitest";
import { extractParagraphs as extract } from "../../../../test/support/quote-speakers.ts";

/** The indirect quote whose text starts with `start`, with its speaker's name. */
function reported(x: ReturnType<typeof extract>, start: string) {
  const quote = x.quotes.find((q) => !q.direct && q.text.startsWith(start));
  const speaker = x.entities.find((e) => e.id === quote?.speakerId)?.name ?? null;
  return { text: quote?.text ?? null, speaker };
}

describe("a reported clause ends where the sentence's own cue begins", () => {
  it("After Vint argued that …, Roe said only that …: Vint's clause stops at the comma", () => {
    const x = extract(
      "Amos Vint and Edna Roe met in Dover. After Vint argued that the harbour fund should be kept for repairs, Roe said only that his “figures are wrong.”",
    );
    const vint = reported(x, "the harbour fund");
    expect(vint.text).toBe("the harbour fund should be kept for repairs");
    expect(vint.speaker).toBe("Amos Vint");
  });

  it("a parenthetical cue or a closing one does not cut the clause", () => {
    const x = extract(
      "Amos Vint said that the vote was a setback — no worse, he said, than the one his rival took last year.",
      "On Monday, Edna Roe said she was “glad to see” the result, according to the Harbour Gazette.",
    );
    expect(reported(x, "the vote was a setback").text).toContain("than the one his rival took");
    expect(reported(x, "she was").text).toContain("the result");
  });
});

describe("a comma inside the closing mark ends the clause before the next cue", () => {
  it('After Lund said that … "smaller ports," Vint said: "…": Lund\'s clause stops at the quotation', () => {
    const x = extract(
      'After Ada Lund said that dockers who did not train might do better at "smaller ports," Ivo Vint said: "I do not like what she said."',
    );
    const lund = reported(x, "dockers");
    expect(lund.speaker).toBe("Ada Lund");
    expect(lund.text).not.toContain("I do not like");
    const vint = x.quotes.find((q) => q.direct && q.text.includes("I do not like"));
    expect(x.entities.find((e) => e.id === vint?.speakerId)?.name).toBe("Ivo Vint");
  });
});

describe("a relative clause set off by commas ends where the main clause goes on", () => {
  it("candidates like Moss, who claimed …, and Vint, who suggested …: Moss's clause stops at the comma", () => {
    const x = extract(
      "Ben Moss and Ivo Vint spoke in Castlebay. Voters may now ask whether candidates like Mr. Moss, who claimed at one point that the port was safe, and Ivo Vint, who suggested the quay could be left to the city, are wise choices in a time of storms.",
    );
    expect(reported(x, "the port was safe")).toEqual({
      text: "the port was safe",
      speaker: "Ben Moss",
    });
  });

  it("Vint, who said …, is a wise choice: the main clause's verb is not Vint's", () => {
    const x = extract(
      "Voters may ask whether Ivo Vint, who said the quay could be left to the city, is a wise choice.",
    );
    expect(reported(x, "the quay")).toEqual({
      text: "the quay could be left to the city",
      speaker: "Ivo Vint",
    });
  });

  it("a comma inside the clause leaves it whole", () => {
    const x = extract(
      "Voters met Ivo Vint, who said the plan, which the board backed, would fail by May.",
    );
    expect(reported(x, "the plan").text).toBe(
      "the plan, which the board backed, would fail by May",
    );
  });
});
