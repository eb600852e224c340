import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

/** The admiral named more than six sentences before a he/she: too far for the pronoun resolver. */
const FAR_BACK = [
  "Admiral Tomas Weller leads the Norland fleet from a quay in Castlebay.",
  "The fleet has grown in the past year. Its ships patrol the straits. The straits carry much of the trade of the region. Grain and oil pass through them every day. The board of the port wants more ships.",
];

describe("described antecedent: a he/she after a sentence whose subject is a description", () => {
  it("is the described person, not the person named before the description", () => {
    const x = extract(
      "Ada Roe joined the firm in May. A partner there told the new staff where to put their savings. The advice, the partner told them, was simple.",
      "“Just put your money in the harbour fund,” she said.",
    );
    expect(speakerOf(x, "harbour fund")).toBe("A partner there");
  });

  it("never keeps the named subject of an earlier sentence past the description", () => {
    const x = extract(
      "Adm. Tomas Weller, who leads the Norland fleet, makes no apologies for his words.",
      "The head of the coast guard, Gen. Ivo Vint, recently asked Admiral Weller just that question. In a talk overheard by a reporter, the admiral's answer was faint. Asked later about the shoal, the admiral laughed.",
      "“It is good that my voice is low,” he said. “I look through the lens darkly.”",
    );
    expect(speakerOf(x, "my voice is low")).not.toBe("Ivo Vint");
    expect(speakerOf(x, "lens darkly")).not.toBe("Ivo Vint");
  });

  it("leaves unknown a he/she after a possessed description, never the person named before it", () => {
    const x = extract(
      "Ada Roe opened the harbour fair on Monday. Ivo Vint’s wife spoke to the crowd first.",
      "“We are grateful,” she said.",
    );
    expect(speakerOf(x, "We are grateful")).toBeNull();
  });

  it("keeps the speaker the description names, or a sentence naming someone between", () => {
    const x = extract(
      "Ivo Vint toured the docks. The senator waved at the crews.",
      "“We will keep every crane,” he said.",
      "Kara Moss met Vint at the quay. The pilot thanked Vint for the visit.",
      "“We sail at dawn,” she said.",
    );
    expect(speakerOf(x, "every crane")).toBe("Ivo Vint");
    expect(speakerOf(x, "sail at dawn")).toBe("Kara Moss");
  });

  it("gives a he/she the resolver left unread to the named person a description before it takes up", () => {
    const x = extract(
      ...FAR_BACK,
      "In that vein, the admiral does not make much of the slights. They are, in the end, only words.",
      "“In some ways, they try to paint me as a stranger,” he said. “I think the notes from the board are tone deaf.”",
    );
    expect(speakerOf(x, "paint me as a stranger")).toBe("Tomas Weller");
    expect(speakerOf(x, "tone deaf")).toBe("Tomas Weller");
  });

  it("leaves that he/she unknown when someone is named after the description", () => {
    const x = extract(
      ...FAR_BACK,
      "In that vein, the admiral does not make much of the slights. Ada Roe and Kara Moss call them only words.",
      "“In some ways, they try to paint me as a stranger,” he said.",
    );
    expect(speakerOf(x, "paint me as a stranger")).not.toBe("Tomas Weller");
  });
});
