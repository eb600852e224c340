import { describe, expect, it } from "vitest";
import { findPersonNames } from "../../person-names.ts";

const names = (body: string) => findPersonNames(body).map((n) => body.slice(n.start, n.end));

describe("a given name right after a saint's prefix is the place's second word", () => {
  it("'the San Diego Harbour Board' and 'the St. Louis Owls' name no one", () => {
    expect(names("Ivo Vint, who runs the San Diego Harbour Board, spoke.")).toEqual(["Ivo Vint"]);
    expect(names("The St. Louis Owls fired Ada Roe on Monday.")).toEqual(["Ada Roe"]);
    expect(names("Fans in (Santa Barbara Heights) cheered.")).toEqual([]);
  });

  it("a name after any other capitalised word is read as before", () => {
    expect(names("Coach Diego Vint said the Owls would win.")).toEqual(["Diego Vint"]);
    expect(names("Sandy Louis Roe spoke.")[0]).toMatch(/Roe$/);
  });
});
