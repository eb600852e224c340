import { describe, expect, it } from "vitest";
import {
  entityKind,
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";
import { withoutClosingTime } from "../../attribution/sieves/time-before-verb.ts";
import { phraseBounds } from "./bounds.ts";

/* A time phrase closing a speaker phrase tells when someone spoke, never who. */

const names = (x: ReturnType<typeof extract>) => x.entities.map((e) => e.name);

describe("a time phrase ends a speaker's name", () => {
  it("is stepped over: last/next/this week, a weekday, yesterday, today, in a month", () => {
    const end = (s: string) => s.slice(0, withoutClosingTime(s, 0, s.length));
    expect(end("The Dunmore Port Authority last week")).toBe("The Dunmore Port Authority");
    expect(end("Orvale City Council this month")).toBe("Orvale City Council");
    expect(end("Orvale City Council next year")).toBe("Orvale City Council");
    expect(end("the harbour chief on Monday")).toBe("the harbour chief");
    expect(end("Orvale City Council Tuesday")).toBe("Orvale City Council");
    expect(end("Orvale City Council yesterday afternoon")).toBe("Orvale City Council");
    expect(end("Orvale City Council today")).toBe("Orvale City Council");
    expect(end("Orvale City Council in January")).toBe("Orvale City Council");
  });

  it("keeps a bare month that may end a name, and never leaves nothing", () => {
    const end = (s: string) => s.slice(0, withoutClosingTime(s, 0, s.length));
    expect(end("Ada May")).toBe("Ada May");
    expect(end("Yesterday")).toBe("Yesterday");
    expect(end("the weekly review")).toBe("the weekly review");
  });

  it("an organisation speaking 'last week' or 'yesterday' is named without the time", () => {
    const x = extract(
      "The Orvale City Council last week said the pier would close.",
      "The Dunmore Port Authority yesterday said it would stay open.",
    );
    expect(speakerOf(x, "the pier would close")).toBe("Orvale City Council");
    expect(speakerOf(x, "it would stay open")).toBe("Dunmore Port Authority");
    expect(names(x).some((n) => /week|yesterday/.test(n))).toBe(false);
    expect(entityKind(x, "Orvale City Council")).toBe("organization");
  });

  it("an organisation speaking 'on Monday' is no longer left without a speaker", () => {
    const x = extract("The Orvale City Council on Monday said the pier would close.");
    expect(speakerOf(x, "the pier would close")).toBe("Orvale City Council");
  });

  it("a lowercase phrase before the time keeps it: a clause cut short, still nobody", () => {
    const bounds = (s: string) => {
      const b = phraseBounds(s, 0, s.length);
      return b && s.slice(b.start, b.end);
    };
    expect(bounds("A harbour report filed Monday")).toBe("A harbour report filed Monday");
    expect(bounds("the order released on Tuesday")).toBe("the order released on Tuesday");
    expect(bounds("Dunmore Council on Tuesday")).toBe("Dunmore Council");
  });
});
