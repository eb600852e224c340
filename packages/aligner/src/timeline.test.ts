import { describe, expect, it } from "vitest";
import { eventLabel } from "./timeline.ts";

describe("eventLabel", () => {
  it("gives the clause holding the date, prefixed by the main clause when too short", () => {
    const text =
      "Both officials had returned to Korea just days earlier — Kim Tae-hun on Sunday and Kim Do-hyun on Monday — after leading negotiations.";
    const at = text.indexOf("Monday");
    expect(eventLabel(text, at, at + 6)).toBe(
      "Both officials had returned to Korea just days earlier … Kim Do-hyun on Monday",
    );
  });

  it("marks a clause from the middle of a sentence with an ellipsis", () => {
    const text =
      "Both officials had returned to Korea just days earlier, after leading negotiations with Oren Talbeck in Washington on Thursday.";
    const at = text.indexOf("Thursday");
    expect(eventLabel(text, at, at + 8)).toBe(
      "… after leading negotiations with Oren Talbeck in Washington on Thursday",
    );
  });
});

describe("eventLabel with the horizontal bar", () => {
  it("cuts clauses at a bar as at an em dash", () => {
    const label = (dash: string) => {
      const text = `The two envoys had come home just days earlier ${dash} Ada Lund on Sunday and Ivo Vint on Monday ${dash} after the talks in Eastby.`;
      const at = text.indexOf("Monday");
      return eventLabel(text, at, at + 6);
    };
    expect(label("―")).toBe("The two envoys had come home just days earlier … Ivo Vint on Monday");
    expect(label("―")).toBe(label("—"));
  });
});
