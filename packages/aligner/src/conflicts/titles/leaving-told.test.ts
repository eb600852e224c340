import { describe, expect, it } from "vitest";
import { leavingToldAround } from "./leaving-told.ts";

// The title as the extraction reads it: its head noun ("manager"), status words before it.
const at = (body: string, title: string) => leavingToldAround(body, body.indexOf(title));

describe("leavingToldAround: a title governed by words of leaving the post", () => {
  it("reads a verb taking the post away, or a noun of leaving and 'of', right before", () => {
    expect(
      at(
        "Lund hired a new aide, leading to the exodus of former campaign manager Ivo Vint.",
        "manager Ivo",
      ),
    ).toBe(true);
    expect(
      at("Critics questioned the decision to fire campaign manager Ivo Vint last week.", "manager"),
    ).toBe(true);
  });

  it("reads none farther away, nor a post named Fire, nor a plain title", () => {
    expect(
      at("Ivo Vint, the former manager, said the aide who sought his ouster should go.", "manager"),
    ).toBe(false);
    expect(at("Fire Chief Ada Roe said the fire was out.", "Chief")).toBe(false);
    expect(at("The firing of rockets went on as chief Ada Roe spoke.", "chief")).toBe(false);
    expect(at("Campaign manager Ivo Vint said the team was ready.", "manager")).toBe(false);
  });
});
