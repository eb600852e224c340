import type { WordDiff } from "@parallax/core/schemas";
import { describe, expect, it } from "vitest";
import { readableDiff } from "./readable-diff.ts";

const diff = (parts: WordDiff["parts"]): WordDiff => ({
  articleId: "96f90745cbc1aea6",
  againstArticleId: "ec28de37a249cf4e",
  parts,
});

describe("readableDiff", () => {
  it("keeps an abbreviation whole where the aligner's diff split it", () => {
    // The aligner cut "Korea-U.S." after "U." on one side; re-read, only "trade" changed.
    const parts = readableDiff(
      diff([
        { value: "Korea-U.", op: "equal" },
        { value: "S. tariff talks resume in Washington", op: "removed" },
        { value: "S. trade talks resume in Washington", op: "added" },
      ]),
    );
    expect(parts).not.toBeNull();
    expect(parts?.filter((p) => p.op !== "equal").map((p) => p.value.trim())).toEqual([
      "tariff",
      "trade",
    ]);
    expect(parts?.find((p) => p.op === "equal")?.value).toBe("Korea-U.S. ");
  });

  it("shows nothing for loosely matched sentences where most words differ", () => {
    expect(
      readableDiff(
        diff([
          { value: "Officials say one sticking point is the upfront payment.", op: "added" },
          {
            value: "Negotiators reportedly conveyed that the cash model was not feasible.",
            op: "removed",
          },
        ]),
      ),
    ).toBeNull();
  });

  it("shows nothing when the wording is the same but for punctuation and case", () => {
    expect(
      readableDiff(
        diff([
          { value: "Talks resume Monday,", op: "removed" },
          { value: "talks resume Monday", op: "added" },
        ]),
      ),
    ).toBeNull();
  });
});
