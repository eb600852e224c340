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
