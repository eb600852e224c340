import { describe, expect, it } from "vitest";
import { extractParagraphs as extract, speakerOf } from "../../../test/support/quote-speakers.ts";

// A quotation ending in "?" or "!" ends its sentence; the cue after it opens the next one.
describe("a cue in the sentence after a quotation that ends its own", () => {
  it("“Why wait?” Roe asked. — Roe's, not the previous quotation's speaker", () => {
    const x = extract(
      "Mayor Tomas Weller called the plan “a slow disaster” on Monday.",
      "“Why are you still backing it?” Ivo Lund asked the council members. “What does it say about you?”",
    );
    expect(speakerOf(x, "a slow disaster")).toBe("Tomas Weller");
    expect(speakerOf(x, "Why are you still backing it?")).toBe("Ivo Lund");
  });

  it("a cue in the next paragraph closes nothing: the quotation stays the earlier speaker's", () => {
    const x = extract(
      "“We will appeal,” said Tomas Weller, a lawyer. “Why not?”",
      "Ivo Lund said the vote was close.",
    );
    expect(speakerOf(x, "Why not?")).toBe("Tomas Weller");
  });
});

describe("a quotation closed by a comma and a cue inside another verb's clause", () => {
  it("is the closing cue's, not the earlier verb's whose clause holds it", () => {
    const x = extract(
      "Amos Vint and Ed Quill met in Ohio on Monday.",
      "Vint cannot say that “from his own perspective,” Lena Lowden added.",
      "When Vint said at a rally that he would not want the money, he “grabbed hold of the " +
        "way teachers are feeling,” said Drew Heise, a member of the caucus.",
    );
    expect(speakerOf(x, "from his own perspective")).toBe("Lena Lowden");
    const direct = x.quotes.find((q) => q.direct && q.text.startsWith("grabbed hold"));
    expect(x.entities.find((e) => e.id === direct?.speakerId)?.name).toBe("Drew Heise");
  });

  it("leaves a quotation the earlier verb introduces with its verb when no comma closes it", () => {
    const x = extract(
      "Amos Vint and Ed Quill met in Ohio on Monday.",
      "Vint said that “the plan is dead” and Quill agreed.",
    );
    expect(speakerOf(x, "the plan is dead")).toBe("Amos Vint");
  });
});
