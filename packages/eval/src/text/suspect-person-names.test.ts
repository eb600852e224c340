import { describe, expect, it } from "vitest";
import { suspectPersonName } from "./suspect-person-names.ts";

describe("suspectPersonName", () => {
  it("flags pronouns, weekdays, months and outlets", () => {
    expect(suspectPersonName("He")).toBe("pronoun or function word");
    expect(suspectPersonName("she")).toBe("pronoun or function word");
    expect(suspectPersonName("Friday")).toBe("weekday or month");
    expect(suspectPersonName("Sept.")).toBe("weekday or month");
    expect(suspectPersonName("Reuters")).toBe("outlet");
    expect(suspectPersonName("The Harbor Times")).toBe("outlet");
  });

  it("leaves real-looking names alone", () => {
    expect(suspectPersonName("Ann Marlow")).toBeNull();
    expect(suspectPersonName("April Dunn")).toBeNull();
    expect(suspectPersonName("")).toBeNull();
  });
});
