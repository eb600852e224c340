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
});
