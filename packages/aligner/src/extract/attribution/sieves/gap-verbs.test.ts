import { describe, expect, it } from "vitest";
import { extractParagraphs as extract } from "../../../../test/support/quote-speakers.ts";

/** The speaker's name of the direct quote whose text contains `words`. */
function speakerOf(x: ReturnType<typeof extract>, words: string): string | null {
  const quote = x.quotes.find((q) => q.direct && q.text.includes(words));
  return x.entities.find((e) => e.id === quote?.speakerId)?.name ?? null;
}

describe("conversation stops at a reporting verb of the quotation's own sentence", () => {
  it("“…,” Vint said. The councillors, however, argue that “…” → not Vint", () => {
    const x = extract(
      "“The harbour fund is safe,” Ivo Vint said. The two councillors, however, argue that “there is no fund left to save.”",
    );
    expect(speakerOf(x, "harbour fund is safe")).toBe("Ivo Vint");
    expect(speakerOf(x, "no fund left")).toBeNull();
  });

  it("a sentence that names the speaker again stays his: And Vint called Lund “…” → Vint", () => {
    const x = extract(
      "“The harbour fund is safe,” said Ivo Vint, the port's treasurer. And Vint called Ada Lund “a careful steward of the docks.”",
    );
    expect(speakerOf(x, "careful steward")).toBe("Ivo Vint");
  });

  it("a verb in the earlier cue's own sentence does not stop it: said Vint, explaining …: “…” → Vint", () => {
    const x = extract(
      "“The fund is safe,” said Ivo Vint, explaining he worked with the clerk, who kept the ledgers: “The clerk is careful with money.”",
    );
    expect(speakerOf(x, "careful with money")).toBe("Ivo Vint");
  });
});
