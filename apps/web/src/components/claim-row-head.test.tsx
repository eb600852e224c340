// @vitest-environment jsdom
import type { ClaimGroup } from "@parallax/core/schemas";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { ClaimRowHead } from "./claim-row-head.tsx";

const id = (n: number) => n.toString(16).padStart(16, "0");

// A row as a 50-outlet story produces it: many conflicts, each with many differing values.
const crowded: ClaimGroup = {
  id: "g1",
  relation: "conflict",
  score: 0.5,
  statements: [
    {
      articleId: id(1),
      claimId: "c1",
      text: "x",
      span: { articleId: id(1), start: 0, end: 1 },
      attribution: {
        kind: "none",
        speaker: { status: "unknown", entityId: null, name: null },
        quotes: [],
      },
    },
  ],
  evidence: [],
  diffs: [],
  conflicts: Array.from({ length: 5 }, (_, c) => ({
    kind: "date" as const,
    subject: `meeting ${c}`,
    values: Array.from({ length: 6 }, (_, v) => ({
      articleId: id(v + 1),
      text: `Oct. ${20 + v}`,
      span: null,
    })),
  })),
};

describe("ClaimRowHead", () => {
  it("keeps a crowded row readable: two conflicts, four values each, the rest counted", async () => {
    const user = userEvent.setup();
    const { container } = render(
      <ClaimRowHead
        group={crowded}
        position={7}
        articleCount={50}
        labelOf={(a) => `Outlet ${parseInt(a, 16)}`}
      />,
    );
    expect(container.querySelectorAll(".conflict")).toHaveLength(2);
    expect(container.querySelector(".conflict")).toHaveTextContent(
      "meeting 0: Oct. 20 (Outlet 1) vs Oct. 21 (Outlet 2) vs Oct. 22 (Outlet 3) vs Oct. 23 (Outlet 4) and 2 other values",
    );
    await user.click(screen.getByRole("button", { name: "Show 3 more conflicts" }));
    expect(container.querySelectorAll(".conflict")).toHaveLength(5);
    expect(screen.getByRole("button", { name: "Show fewer conflicts" })).toHaveAttribute(
      "aria-expanded",
      "true",
    );
  });
});
