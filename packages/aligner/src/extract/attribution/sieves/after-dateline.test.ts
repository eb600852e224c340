import { describe, expect, it } from "vitest";
import { afterDateline } from "./after-dateline.ts";

describe("where a clause starts past a dateline", () => {
  it("skips a dateline in capitals and its dash", () => {
    const body = "HARBOUR CITY — Ada Lund said the pier would close.";
    expect(afterDateline(body, 0, body.length)).toBe(body.indexOf("Ada"));
  });

  it("skips a dateline with an agency in brackets", () => {
    const body = "Orrin, Nor. (Coast Wire) – Lund said the pier would close.";
    expect(afterDateline(body, 0, body.length)).toBe(body.indexOf("Lund"));
  });

  it("skips a dateline holding a date", () => {
    const body = "ORRIN, Aug. 24 (Coast Wire) — Ada Lund called the report “outrageous and false.”";
    expect(afterDateline(body, 0, body.length)).toBe(body.indexOf("Ada"));
    const year = "In 2010 - the year of the strike - Lund said no.";
    expect(afterDateline(year, 0, year.length)).toBe(0);
  });

  it("keeps the start when capitalised words before a dash are no dateline", () => {
    const body = "Ada Lund - who ran the board - said no.";
    expect(afterDateline(body, 0, body.length)).toBe(0);
  });

  it("reads no dateline past the limit", () => {
    const body = "HARBOUR CITY — Ada Lund said no.";
    expect(afterDateline(body, 0, 8)).toBe(0);
  });
});
