import { describe, expect, it } from "vitest";
import { perText } from "./per-text.ts";

describe("perText", () => {
  it("reads each distinct text once and shares the reading", () => {
    let reads = 0;
    const words = perText((text) => {
      reads += 1;
      return text.split(" ");
    });
    const first = words({ text: "Ada Lund opened the harbour" });
    const again = words({ text: "Ada Lund opened the harbour" });
    const other = words({ text: "Ivo Vint closed it" });
    expect(again).toBe(first);
    expect(other).toEqual(["Ivo", "Vint", "closed", "it"]);
    expect(reads).toBe(2);
  });

  it("keeps an undefined reading without reading again", () => {
    let reads = 0;
    const nothing = perText(() => {
      reads += 1;
      return undefined;
    });
    nothing({ text: "The Harbour Council met" });
    nothing({ text: "The Harbour Council met" });
    expect(reads).toBe(1);
  });
});
