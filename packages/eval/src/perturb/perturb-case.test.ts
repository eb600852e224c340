import { describe, expect, it } from "vitest";
import { namesPerson } from "./perturb-case.ts";

describe("namesPerson", () => {
  it("takes the name as given or a fuller form of it", () => {
    expect(namesPerson("Ivo Vint", "Ivo Vint")).toBe(true);
    expect(namesPerson("Ivo K. Vint", "Ivo Vint")).toBe(true);
  });

  it("refuses another person, one sharing a surname, or an empty name", () => {
    expect(namesPerson("Ada Lund", "Ivo Vint")).toBe(false);
    expect(namesPerson("Karl Vint", "Ivo Vint")).toBe(false);
    expect(namesPerson("Vint", "Ivo Vint")).toBe(false);
    expect(namesPerson("Ivo Vint", "")).toBe(false);
  });
});
