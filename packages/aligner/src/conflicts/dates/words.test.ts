import { describe, expect, it } from "vitest";
import { dateWords } from "./words.ts";

describe("dateWords", () => {
  it("reads the weekday a date names, in lower case, and the words compared plainly", () => {
    expect(dateWords(" on Friday ")).toEqual({ weekday: "friday", plain: "on friday" });
    expect(dateWords("Oct. 27")).toEqual({ weekday: undefined, plain: "oct. 27" });
  });

  it("gives the same reading however often the same words are asked", () => {
    const first = dateWords("last Tuesday");
    expect(dateWords("last Tuesday")).toBe(first);
    expect(first.weekday).toBe("tuesday");
  });
});
