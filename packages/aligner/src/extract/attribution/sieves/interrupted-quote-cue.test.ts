import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("interrupted quotation: a known person and any finite verb right after “…,”", () => {
  it("takes verbs outside the reporting-verb lexicon, in either order", () => {
    const x = extract(
      "Harbour mayor Tomas Weller spoke to the council on Monday.",
      "“If they were serious, they would have backed the bill,” Weller fumed on Tuesday. “They were not.”",
      "“Would it be negotiable?” Weller pressed.",
      "“What is the plan for the port, and who pays?” reacted Weller.",
    );
    expect(speakerOf(x, "backed the bill")).toBe("Tomas Weller");
    expect(speakerOf(x, "Would it be negotiable?")).toBe("Tomas Weller");
    expect(speakerOf(x, "who pays?")).toBe("Tomas Weller");
  });

  it("abstains inside a phrase, after a question that ends its sentence, and on unknown names", () => {
    const x = extract(
      "Harbour mayor Tomas Weller spoke to the council on Monday.",
      "At an event billed as “Nights for the Harbour,” Weller unveiled a plan for the docks.",
      "“Why now?” Weller took the stage an hour later.",
      "“Nobody asked us,” Quentin Marlow fumed.",
    );
    expect(speakerOf(x, "Nights for the Harbour")).toBeNull();
    expect(speakerOf(x, "Why now?")).toBeNull();
    expect(speakerOf(x, "Nobody asked us")).not.toBe("Tomas Weller");
  });

  it("takes he/she as the person the pronoun resolves to, and only when the verb ends the clause", () => {
    const x = extract(
      "Harbour mayor Tomas Weller spoke to the council on Monday.",
      "“We will rebuild the pier,” he went on. “Every plank of it.”",
      "Councillor Ada Lund and Weller left together.",
      "“Why now?” she went home after the vote.",
    );
    expect(speakerOf(x, "rebuild the pier")).toBe("Tomas Weller");
    expect(speakerOf(x, "Every plank")).toBe("Tomas Weller");
    // A clause that goes on past the verb tells of something else.
    expect(speakerOf(x, "Why now?")).toBeNull();
  });

  it("leaves a pronoun unknown when its gender fits nobody named", () => {
    const x = extract(
      "Councillor Ada Lund spoke to the council on Monday.",
      "“We will rebuild the pier,” he went on.",
    );
    expect(speakerOf(x, "rebuild the pier")).toBeNull();
  });

  it("takes a person first met there when named in full, not a lone or organisation's name", () => {
    const x = extract(
      "“If they were serious, they would have backed the bill,” Mitt Ravel fumed on Tuesday.",
    );
    expect(speakerOf(x, "backed the bill")).toBe("Mitt Ravel");
    expect(speakerOf(extract("“Would it be negotiable?” Quorvel pressed."), "Would it")).toBeNull();
    const council = extract("“Who pays for the port?” Harbour Council pressed.");
    expect(speakerOf(council, "Who pays")).toBeNull();
  });
});
