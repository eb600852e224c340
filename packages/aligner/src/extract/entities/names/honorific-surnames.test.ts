import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  personMentions as people,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("a person named by honorific and surname alone who never speaks", () => {
  it("is a person of the honorific's gender", () => {
    const x = extract("Jurors also heard from Mrs. Tessaly, a neighbour, before the verdict.");
    expect(people(x)).toEqual(["Mrs. Tessaly: Mrs. Tessaly"]);
    expect(people(extract("Ms Orrin left. Dr. Varnek treated the victims."))).toEqual([
      "Ms Orrin: Ms Orrin",
      "Dr. Varnek: Dr. Varnek",
    ]);
  });

  it("is the one person of that surname the honorific allows, never one of the other gender", () => {
    expect(
      people(extract("Ivo Tessaly was charged. The court heard Mr. Tessaly’s lawyer.")),
    ).toEqual(["Ivo Tessaly: Ivo Tessaly | Mr. Tessaly"]);
    expect(people(extract("Ivo Tessaly was charged. Jurors heard from Mrs. Tessaly."))).toEqual([
      "Ivo Tessaly: Ivo Tessaly",
      "Mrs. Tessaly: Mrs. Tessaly",
    ]);
  });

  it("is no one for a title or calendar word", () => {
    expect(people(extract("Thank you, Mr. President. Dr. Monday came."))).toEqual([]);
  });

  it("changes no speaker: it is read after attribution", () => {
    const x = extract("Mr. Tessaly was not at home.", "“It started at noon,” he said.");
    expect(speakerOf(x, "It started")).toBeNull();
  });
});
