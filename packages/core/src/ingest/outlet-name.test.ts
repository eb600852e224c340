import { describe, expect, it } from "vitest";
import { IngestError } from "./ingest-error.ts";
import { outletId, parseOutletName } from "./outlet-name.ts";

describe("parseOutletName", () => {
  it("strips notes in brackets and reads kind notes", () => {
    expect(parseOutletName("Korea JoongAng Daily (editorial)")).toEqual({
      outlet: { id: "korea-joongang-daily", name: "Korea JoongAng Daily" },
      notes: ["editorial"],
      kind: "editorial",
    });
    expect(parseOutletName("Chosun Ilbo (photo: News1)")).toEqual({
      outlet: { id: "chosun-ilbo", name: "Chosun Ilbo" },
      notes: ["photo: News1"],
      kind: null,
    });
    expect(parseOutletName("  The Guardian [Opinion] ").kind).toBe("opinion");
  });

  it("makes stable slugs, including for names without Latin letters", () => {
    expect(outletId("Le Monde diplomatique")).toBe("le-monde-diplomatique");
    expect(outletId("Barron's & Co.")).toBe("barrons-and-co");
    expect(outletId("조선일보")).toMatch(/^outlet-[0-9a-f]{10}$/);
    expect(outletId("조선일보")).toBe(outletId("조선일보"));
  });

  it("refuses missing outlets with MISSING_OUTLET", () => {
    for (const bad of [undefined, "", "  ", "(editorial)"]) {
      expect(() => parseOutletName(bad)).toThrow(IngestError);
    }
  });
});
