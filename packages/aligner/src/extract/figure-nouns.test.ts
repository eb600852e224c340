import { describe, expect, it } from "vitest";
import { singular } from "./figure-nouns.ts";

describe("singular: the unit a counted noun names", () => {
  it("drops a plain plural's s, and -ies to -y", () => {
    expect(singular("robbers")).toBe("robber");
    expect(singular("bodies")).toBe("body");
  });

  it("reads irregular plurals", () => {
    expect(singular("men")).toBe("man");
    expect(singular("persons")).toBe("people");
  });

  it("tells 'thieves' (thief) from 'detectives' (detective) by the language model's lemma", () => {
    expect(singular("thieves")).toBe("thief");
    expect(singular("wolves")).toBe("wolf");
    expect(singular("detectives")).toBe("detective");
    expect(singular("relatives")).toBe("relative");
  });

  it("keeps words whose final s is no plural", () => {
    expect(singular("bus")).toBe("bus");
    expect(singular("crisis")).toBe("crisis");
    expect(singular("boss")).toBe("boss");
    expect(singular("bosses")).toBe("boss");
  });
});
