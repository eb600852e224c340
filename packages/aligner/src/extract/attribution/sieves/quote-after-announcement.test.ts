import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("quote after an announcement: a quotation alone as its sentence after '<name> <verb>.'", () => {
  it("takes the subject of a sentence that only announces speech", () => {
    const x = extract(
      "Ivo Vint and Ada Lund met on the pier.",
      "Harbour analyst Kara Moss agreed. “The crews will not wait for the spring.”",
      "Ada Lund said in a statement on Tuesday. “We will not back down.”",
    );
    expect(speakerOf(x, "will not wait")).toBe("Kara Moss");
    expect(speakerOf(x, "not back down")).toBe("Ada Lund");
  });

  it("reads a subject whose appositive is left open or runs long", () => {
    const x = extract(
      "Ivo Vint and Ada Lund met on the pier.",
      "Kara Moss, the head of the Harbour Council said in a statement. “The rents will rise again.”",
      "On the far quay, Sen. Ivo Vint (D-Ore.), who has fought the port for years, posted a warning. “Keep off the pier.”",
    );
    expect(speakerOf(x, "rents will rise")).toBe("Kara Moss");
    expect(speakerOf(x, "Keep off the pier")).toBe("Ivo Vint");
  });

  it("reads an announcement standing as the paragraph before the quotation's", () => {
    const x = extract(
      "Ivo Vint and Ada Lund met on the pier.",
      "Lund agreed.",
      "“The board is finished.”",
      "The pier was closed for a week. Vint agreed.",
      "“The crews will be back.”",
    );
    expect(speakerOf(x, "board is finished")).toBe("Ada Lund");
    expect(speakerOf(x, "crews will be back")).not.toBe("Ivo Vint");
  });

  it("abstains when the name does not open the clause", () => {
    const x = extract(
      "Ivo Vint and Ada Lund met on the pier.",
      "Next to Vint, the crowd agreed. “Open the gates.”",
      "Lund's aide, a former docker, agreed. “The crews deserve better.”",
    );
    expect(speakerOf(x, "Open the gates")).not.toBe("Ivo Vint");
    expect(speakerOf(x, "crews deserve better")).not.toBe("Ada Lund");
  });

  it("abstains on content after the verb, a common noun subject, or a second verb", () => {
    const x = extract(
      "Ivo Vint and Ada Lund met on the pier.",
      "Vint said that the docks were in a bad way. “Nobody listens to the crews.”",
      "The dockers agreed. “Open the pier now.”",
      "Vint spoke and Lund listened. “It is over.”",
    );
    expect(speakerOf(x, "Open the pier")).not.toBe("Ivo Vint");
    expect(speakerOf(x, "Open the pier")).not.toBe("Ada Lund");
    expect(speakerOf(x, "It is over")).toBeNull();
  });
});
