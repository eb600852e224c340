import { describe, expect, it } from "vitest";
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

  it("never a word that is no given name, a plural noun, a noun of no person, or a full name's start", () => {
    expect(found("His view, Monday, was clear. Her sons, Anton, Ivo and Per, came.")).toEqual([]);
    expect(found("Her husband, Bill, came.", ["Bill Roe"])).toEqual([]);
  });
});
