import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

// A speaking he/she after a sentence whose subject is a person or an organisation the registry
// read takes that subject, not the person named after it. Known gap: when the subject is a name
// the registry did not read ("Tarquil Vint criticized Ivo Lund. “…,” he said."), the he/she takes
// Ivo Lund. Blocking such sentences lost right speakers on PolNeAR train (see RESULTS.md, helper
// objpronoun); these cases guard a later attempt.
describe("a speaking he/she takes the subject of the sentence before, not its object", () => {
  it("Ada Lund criticized Ivo Vint. “…,” she said → Ada Lund", () => {
    const x = extract("Ada Lund criticized Ivo Vint. “The quay will fail,” she said.");
    expect(speakerOf(x, "The quay will fail")).toBe("Ada Lund");
  });

  it("The Harbour Trust hired Ivo Lund. “…,” he said → Ivo Lund, the only person", () => {
    const x = extract("The Harbour Trust hired Ivo Lund on Monday. “The quay will fail,” he said.");
    expect(speakerOf(x, "The quay will fail")).toBe("Ivo Lund");
  });
});
