import { describe, expect, it } from "vitest";
import { handBuiltArticle } from "../../../../test/fixtures/extraction-gold/hand-built-article.ts";
import { extractArticle } from "../../../extract-article.ts";
import { countryNamedOrganizationStart } from "./country-named-organization.ts";

const named = (body: string, country: string) => {
  const start = body.indexOf(country);
  const at = countryNamedOrganizationStart(body, start, start + country.length);
  return at < 0 ? null : body.slice(at, start + country.length);
};

describe("an organisation whose name ends in its country in capitals", () => {
  it("takes the capitalised words before the country", () => {
    expect(named("Harbour USA, a pro-Lund super PAC, said so.", "USA")).toBe("Harbour USA");
    expect(named("The ads of Orrin Relief UK ran.", "UK")).toBe("Orrin Relief UK");
  });

  it("leaves a country that stands alone, is placed or written out", () => {
    expect(named("Officials in the UK agreed.", "UK")).toBeNull();
    expect(named("On Monday UK officials met.", "UK")).toBeNull();
    expect(named("Paris USA trade rose.", "USA")).toBeNull();
    expect(named("Corporate America wept.", "America")).toBeNull();
    expect(named("the Vint US trip", "US")).toBeNull();
    expect(named("Harbour UK-Lakeside talks", "UK")).toBeNull();
  });

  it("the organisation speaks; no place is left in its name", () => {
    const x = extractArticle(
      handBuiltArticle(
        "Harbour USA, a pro-Lund super PAC, said on Monday it would spend $2 million on ads.",
      ),
    );
    const group = x.entities.find((e) => e.name === "Harbour USA");
    expect(group?.kind).toBe("organization");
    expect(x.entities.filter((e) => e.kind === "place").map((e) => e.name)).toEqual([]);
    expect(x.quotes[0]?.speakerId).toBe(group?.id);
  });
});
