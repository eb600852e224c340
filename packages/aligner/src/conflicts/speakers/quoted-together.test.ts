import { describe, expect, it } from "vitest";
import { quotedTogether } from "./quoted-together.ts";

const words = (text: string) => (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(" ");

describe("quotedTogether", () => {
  it("finds a short remark's words together, a word changed ('is on' / 'has reached')", () => {
    expect(
      quotedTogether(
        words("Our harbour is on the edge of the abyss"),
        words("Our harbour has reached the edge of the abyss, and we must act"),
      ),
    ).toBe(true);
  });

  it("finds no words scattered through a longer quotation, nor words out of order", () => {
    expect(
      quotedTogether(
        words("I think they'll do the right thing"),
        words("We'll think very clearly about it and we'll do the right thing"),
      ),
    ).toBe(false);
    expect(
      quotedTogether(
        words("the right thing to think"),
        words("I think they'll do the right thing"),
      ),
    ).toBe(false);
  });

  it("leaves names out on both sides when asked: a remark may name its people in another order", () => {
    const short = words("If you don't want Ivo Vint or Ada Roe as the chair, back Tam Oyle");
    const long = words("If you don't want Roe or Vint to be the chair, back Tam Oyle");
    expect(quotedTogether(short, long)).toBe(false);
    const names = new Set(["ivo", "vint", "ada", "roe", "tam", "oyle"]);
    expect(quotedTogether(short, long, names)).toBe(true);
    // The other words still have to stand in order.
    expect(
      quotedTogether(short, words("Back Tam Oyle: the chair need not want Roe or Vint"), names),
    ).toBe(false);
  });
});
