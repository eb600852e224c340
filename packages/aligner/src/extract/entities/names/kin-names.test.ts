import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";
import { findKinNames } from "./kin-names.ts";

const found = (body: string, fullNames: string[] = []) =>
  findKinNames(body, fullNames).map((n) => body.slice(n.start, n.end));

describe("a lone given name in commas after a possessed person noun", () => {
  it("is read after a name's, his, her or their noun", () => {
    expect(
      found(
        "Her daughter, Mira, said no. Varn’s brother, Tobias, told us. Their son, Anton, left.",
      ),
    ).toEqual(["Mira", "Tobias", "Anton"]);
  });

  it("never a word that is no given name, a plural noun or a noun of no person", () => {
    expect(found("His view, Monday, was clear. Her sons, Anton, Ivo and Per, came.")).toEqual([]);
  });

  it("is the one full name of the article it starts, and no one when two start with it", () => {
    const body = "Her husband, Bill, came.";
    expect(findKinNames(body, ["Bill Roe", "Ada Roe"]).map((n) => n.fullName)).toEqual([
      "Bill Roe",
    ]);
    expect(findKinNames(body, ["Bill Roe", "Bill Vint"])).toEqual([]);
    expect(findKinNames(body, []).map((n) => n.fullName)).toEqual([null]);
  });

  it("is read without commas after his, her or their noun, never before a surname", () => {
    expect(
      found(
        "His sister Mira and mother Ada Vint were found. Her husband Bill said no. Their son Anton.",
        ["Ada Vint"],
      ),
    ).toEqual(["Mira", "Bill", "Anton"]);
    expect(
      found("His sister Mira Vint came. Her view Monday was clear. His sons Anton and Per."),
    ).toEqual([]);
  });

  it("gives the quotation after it to that person, and does not introduce them", () => {
    const x = extract(
      "Ivo Vint toured the docks on Monday. His aides insist there were few talks.",
      "But his wife, Ada, offered a preview of his plans in an interview.",
      "“If he wins, he keeps this going,” she said.",
      "“We sail at dawn,” Vint said on the pier.",
      "In the interview, Ada Vint made it clear that the crews would not fall in line.",
    );
    expect(speakerOf(x, "If he wins")).toBe("Ada Vint");
    // "Vint" before her full name is still the Vint named in full before it.
    expect(speakerOf(x, "We sail at dawn")).toBe("Ivo Vint");
    const people = x.entities.filter((e) => e.kind === "person" && !e.unnamed);
    expect(people.map((e) => e.name)).toEqual(["Ivo Vint", "Ada Vint"]);
  });
});
