import { describe, expect, it } from "vitest";
import { nameParts, nameWords, properNameOf, sameName } from "./proper-name.ts";

function nameIn(text: string, phrase: string): string | null {
  const start = text.indexOf(phrase);
  return properNameOf(phrase, start, text)?.text ?? null;
}

describe("properNameOf", () => {
  it("reads the name that ends a phrase", () => {
    const text = "Meanwhile, Club treasurer Ann Marlow said the vote was close.";
    expect(nameIn(text, "Club treasurer Ann Marlow")).toBe("Ann Marlow");
    expect(nameIn("The board, said Mr. Pell.", "Mr. Pell")).toBe("Mr. Pell");
  });

  it("reads a name before an appositive", () => {
    const text = "Ann Marlow, the club's treasurer, said so.";
    expect(nameIn(text, "Ann Marlow, the club's treasurer,")).toBe("Ann Marlow");
    const at = "Ann Marlow, an economist at the Norland Institute, said so.";
    expect(nameIn(at, "Ann Marlow, an economist at the Norland Institute")).toBe("Ann Marlow");
    const dash = "Ben Pell — a teacher from Lake Orrin — said so.";
    expect(nameIn(dash, "Ben Pell — a teacher from Lake Orrin —")).toBe("Ben Pell");
    // A capitalised word after the comma is no appositive: the name ends the phrase.
    const lead = "Meanwhile, Club treasurer Ann Marlow said so.";
    expect(nameIn(lead, "Meanwhile, Club treasurer Ann Marlow")).toBe("Ann Marlow");
  });

  it("reads the name ending the head before an appositive, initials included", () => {
    const text = "Club pollster Ann Marlow, who advises the Norland Fund, a charity, said so.";
    expect(nameIn(text, "Club pollster Ann Marlow, who advises the Norland Fund, a charity")).toBe(
      "Ann Marlow",
    );
    const initial = "Jock A. Pellew, head of policy at the Orrin Council, said so.";
    expect(nameIn(initial, "Jock A. Pellew, head of policy at the Orrin Council")).toBe(
      "Jock A. Pellew",
    );
  });

  it("never reads a weekday or month alone as a name", () => {
    const text = "In a club poll released Monday, most members said yes.";
    expect(nameIn(text, "a club poll released Monday")).toBeNull();
  });

  it("gives null for pronouns and descriptions", () => {
    expect(nameIn("He said so.", "He")).toBeNull();
    expect(nameIn("Then a club spokesman said so.", "a club spokesman")).toBeNull();
    expect(nameIn("Then Marlow's aides said so.", "Marlow's aides")).toBeNull();
  });

  it("keeps names with connectors and drops a possessive", () => {
    const text = "The Bank of Norland's economists agreed.";
    expect(nameIn(text, "The Bank of Norland's")).toBe("Bank of Norland");
  });

  it("takes a sentence-initial common noun for what it is", () => {
    const text = "Officials said it. Other officials disagreed.";
    expect(nameIn(text, "Officials")).toBeNull();
    expect(nameIn("Marlow said it.", "Marlow")).toBe("Marlow");
  });
});

describe("sameName", () => {
  it("matches a surname and compares given names only when both have one", () => {
    expect(sameName(["President", "Pell"], ["Dora", "Pell"])).toBe(true);
    expect(sameName(["Ann", "Marlow"], ["Marlow"])).toBe(true);
    expect(sameName(["Ann", "Marlow"], ["Ben", "Marlow"])).toBe(false);
    expect(sameName(["Marlow's"], ["Ann", "Marlow"])).toBe(true);
    expect(sameName(["Pell"], ["Marlow"])).toBe(false);
  });

  it("splits names into parts", () => {
    expect(nameParts(nameWords("Sen. Dora Pell Jr."))).toEqual({ surname: "pell", given: "dora" });
    expect(nameParts(["Mr.", "Pell"])).toEqual({ surname: "pell", given: null });
  });
});
