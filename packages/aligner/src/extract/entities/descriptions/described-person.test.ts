import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";
import { readDescription } from "./described-person.ts";

describe("a description as a speaker: the one person named earlier with those words", () => {
  it("takes “the senator” and “the former governor” up as the one senator and former governor", () => {
    const x = extract(
      "Sen. Dora Pell visited the harbour on Monday with former Gov. Amos Vint.",
      "“We will rebuild the docks,” the senator said.",
      "“It is a good day,” the former governor told reporters.",
    );
    expect(speakerOf(x, "rebuild the docks")).toBe("Dora Pell");
    expect(speakerOf(x, "a good day")).toBe("Amos Vint");
  });

  it("reads a party label and a state after the name for “the Oregon Democrat”", () => {
    const x = extract(
      "Sen. Dora Pell (D-Ore.) and Sen. Ike Rahm (R-Wis.) toured the harbour.",
      "Sen. Lena Marsh of Oregon stayed home.",
      "“Nobody will be left behind,” the Democrat added.",
    );
    expect(speakerOf(x, "left behind")).toBe("Dora Pell");
  });

  it("leaves a description two people fit, or nobody was introduced by, to the old rules", () => {
    const x = extract(
      "Sen. Dora Pell and Sen. Ike Rahm toured the harbour with Tomas Weller.",
      "“We will rebuild the docks,” the senator said.",
      "“It is a good day,” the governor said.",
    );
    expect(speakerOf(x, "rebuild the docks")).not.toBe("Dora Pell");
    expect(speakerOf(x, "rebuild the docks")).not.toBe("Ike Rahm");
    expect(speakerOf(x, "a good day")).not.toBe("Tomas Weller");
  });

  it("takes a description opening the next sentence up as the person the sentence before opened with", () => {
    const x = extract(
      "Tomas Weller toured the docks on Monday with Ada Lund.",
      "The Oregon senator told reporters the port would get “every penny it needs.”",
    );
    expect(speakerOf(x, "every penny")).toBe("Tomas Weller");
  });

  it("reads a title phrase's lowercase words and a candidacy noun: “the Republican presidential candidate”", () => {
    const x = extract(
      "Republican presidential candidate Tomas Weller toured the docks with Ada Lund.",
      "The harbour board met on Monday.",
      "“Every penny counts,” the Republican presidential candidate said.",
    );
    expect(speakerOf(x, "Every penny counts")).toBe("Tomas Weller");
  });

  it("never after a line of dialogue, for a spokesman, or for a person titled otherwise", () => {
    const x = extract(
      "Sen. Ada Lund spoke on the radio with the host Tomas Weller.",
      "“Would that be you?” Weller asked.",
      "“That would be me,” the senator said.",
      "Gov. Amos Vint toured the docks on Monday.",
      "The senator told reporters the port would get “every penny it needs.”",
      "Ike Rahm opened the new pier.",
      "The spokesman told reporters it was “a fine pier.”",
    );
    expect(speakerOf(x, "That would be me")).not.toBe("Tomas Weller");
    expect(speakerOf(x, "every penny")).not.toBe("Amos Vint");
    expect(speakerOf(x, "a fine pier")).not.toBe("Ike Rahm");
  });

  it("reads a party label's state abbreviation as the state: “(R-Fla.)” is “the Florida Republican”", () => {
    const x = extract(
      "Sen. Ada Lund (R-Fla.) and Sen. Ike Rahm (R-NY) toured the harbour with Rep. Dora Pell (D-Fla.).",
      "“The docks will be rebuilt,” the Florida Republican said.",
      "“Not this year,” the New York Republican said.",
    );
    expect(speakerOf(x, "docks will be rebuilt")).toBe("Ada Lund");
    expect(speakerOf(x, "Not this year")).toBe("Ike Rahm");
  });

  it("reads a title with its “of” word: “the former secretary of State”", () => {
    const x = extract(
      "Former Secretary of State Ada Lund toured the harbour with Gov. Ike Rahm.",
      "“The docks will be rebuilt,” the former secretary of State said.",
    );
    expect(speakerOf(x, "docks will be rebuilt")).toBe("Ada Lund");
  });

  it("never takes a description up as a person named earlier in its own sentence", () => {
    const x = extract(
      "Sen. Lee Varn (R-Ore.) toured the harbour on Monday.",
      "In a letter to Lee Varn, the Oregon Republican asked for “every penny the port needs.”",
    );
    expect(speakerOf(x, "every penny")).not.toBe("Lee Varn");
  });

  it("passes over a person named in an opening phrase for the subject of the sentence before", () => {
    const x = extract(
      "Sen. Ada Lund toured the docks on Monday.",
      "In a letter to Lee Varn, the Oregon Republican said: “Every penny the port needs.”",
    );
    expect(speakerOf(x, "Every penny")).toBe("Ada Lund");
    const y = extract(
      "Sen. Ada Lund toured the docks on Monday.",
      "After Lee Varn left, the Oregon Republican said: “Every penny the port needs.”",
    );
    expect(speakerOf(y, "Every penny")).not.toBe("Ada Lund");
  });

  it("reads only “the [former] [Place] head” phrases, never “the president” nor a bare noun", () => {
    expect(readDescription("the Oregon Democrat")?.words).toEqual(["oregon", "democrat"]);
    expect(readDescription("the former governor")?.words).toEqual(["former", "governor"]);
    expect(readDescription("the New York Democrat")?.words).toEqual(["new york", "democrat"]);
    expect(readDescription("the former secretary of State")?.words).toEqual([
      "former",
      "secretary of state",
    ]);
    expect(readDescription("the president")).toBeNull();
    expect(readDescription("the man")).toBeNull();
    expect(readDescription("the Harbour Gazette")).toBeNull();
  });
});
