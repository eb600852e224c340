import { describe, expect, it } from "vitest";
import { splitTextBlocks } from "./text-blocks.ts";

describe("splitTextBlocks", () => {
  it("makes one block per line and notes blank lines", () => {
    expect(splitTextBlocks("Title\n\nFirst paragraph.\nSecond  paragraph.")).toEqual([
      { text: "Title", blankBefore: false },
      { text: "First paragraph.", blankBefore: true },
      { text: "Second paragraph.", blankBefore: false },
    ]);
  });

  it("joins hard-wrapped lines of one sentence", () => {
    expect(
      splitTextBlocks(
        "The negotiators said on Friday that the talks\nhad stalled over the cash share.",
      ).map((b) => b.text),
    ).toEqual(["The negotiators said on Friday that the talks had stalled over the cash share."]);
  });
});
