// @vitest-environment jsdom

import type { StoryEvent } from "@parallax/core/schemas";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { COMPARISON } from "../../test/fixtures/tariff-story.ts";
import { fixtureStoryData } from "../../test/story-data.ts";
import type { StoryData } from "../model/story-data.ts";
import { HappeningsView } from "./happenings-view.tsx";

function statementsOf(groupId: string): StoryEvent["statements"] {
  const group = COMPARISON.groups.find((g) => g.id === groupId);
  if (!group) throw new Error(`no fixture group ${groupId}`);
  return group.statements.map((s) => ({
    articleId: s.articleId,
    claimId: s.claimId,
    span: s.span,
    groupId,
  }));
}

/** The fixture story with two happenings: the investment talks (three outlets) and Trump's meeting. */
function withEvents(): StoryData {
  const data = fixtureStoryData();
  const events: StoryEvent[] = [
    {
      id: "ev-meet",
      action: "meet",
      main: false,
      participantIds: ["p-trump"],
      statements: statementsOf("g-trump"),
      groupIds: ["g-trump"],
      articleIds: [...new Set(statementsOf("g-trump").map((s) => s.articleId))],
    },
    {
      id: "ev-invest",
      action: "invest",
      main: true,
      participantIds: ["p-lee", "p-trump"],
      statements: statementsOf("g-investment"),
      groupIds: ["g-investment"],
      articleIds: [...new Set(statementsOf("g-investment").map((s) => s.articleId))],
    },
  ];
  return { ...data, comparison: { ...data.comparison, events } };
}

describe("HappeningsView", () => {
  it("lists the most widely told happening first, with each outlet's words and who leaves it out", async () => {
    const user = userEvent.setup();
    const onShowRow = vi.fn();
    const data = withEvents();
    render(<HappeningsView data={data} onShowRow={onShowRow} />);
    const cards = screen.getAllByRole("listitem");
    expect(cards.map((c) => within(c).getByRole("heading").textContent)).toEqual([
      "Invest — Lee Jae Myung, Donald Trump",
      "Meet — Donald Trump",
    ]);
    const invest = cards[0] as HTMLElement;
    const total = data.columns.length;
    expect(within(invest).getByText(`Told in 3 of ${total} articles`)).toBeInTheDocument();
    // Every outlet without a statement of the happening is named as leaving it out.
    const missing = data.columns
      .map((c) => c.id)
      .filter((id) => !statementsOf("g-investment").some((s) => s.articleId === id))
      .map((id) => data.labelOf(id));
    expect(missing.length).toBe(total - 3);
    expect(within(invest).getByText(/^Not told in/).parentElement?.textContent).toBe(
      `Not told in: ${missing.join("; ")}`,
    );
    await user.click(
      within(invest).getByRole("button", { name: /proposed \$350 billion trade and investment/ }),
    );
    expect(onShowRow).toHaveBeenCalledWith("g-investment");
  });

  it("filters to the happenings some articles leave out, and says so when an outlet tells all", async () => {
    const user = userEvent.setup();
    const data = withEvents();
    const everyone = data.columns.map((c) => c.id);
    const shared = COMPARISON.groups[0]?.statements[0];
    if (!shared) throw new Error("fixture has no statement");
    // One happening every article tells (each article's statement standing in for its telling).
    const told: StoryData = {
      ...data,
      comparison: {
        ...data.comparison,
        groups: [
          ...data.comparison.groups,
          {
            ...COMPARISON.groups[0]!,
            id: "g-all",
            statements: everyone.map((articleId, i) => ({
              ...shared,
              articleId,
              claimId: `all-${i}`,
              text: `Statement ${i} of the shared happening.`,
            })),
          },
        ],
        events: [
          {
            id: "ev-all",
            action: "sign",
            main: true,
            participantIds: [],
            statements: everyone.map((articleId, i) => ({
              articleId,
              claimId: `all-${i}`,
              span: shared.span,
              groupId: "g-all",
            })),
            groupIds: ["g-all"],
            articleIds: everyone,
          },
        ],
      },
    };
    render(<HappeningsView data={told} onShowRow={vi.fn()} />);
    expect(screen.getByText(`Told in all ${everyone.length} articles`)).toBeInTheDocument();
    expect(screen.queryByText(/^Not told in/)).toBeNull();
    await user.click(screen.getByRole("checkbox", { name: /some articles leave out/ }));
    expect(screen.queryAllByRole("listitem")).toHaveLength(0);
    expect(screen.getByText("Every article tells every happening")).toBeInTheDocument();
  });

  it("shows an outlet's first two statements and the rest behind a disclosure, each opening its row", async () => {
    const user = userEvent.setup();
    const onShowRow = vi.fn();
    const data = withEvents();
    const investment = COMPARISON.groups.find((g) => g.id === "g-investment")!;
    const shared = investment.statements[0]!;
    const extra = ["One more line.", "Another line.", "A third line."].map((text, i) => ({
      ...shared,
      claimId: `extra-${i}`,
      text,
    }));
    const groups = data.comparison.groups.map((g) =>
      g.id === "g-investment" ? { ...g, statements: [...g.statements, ...extra] } : g,
    );
    const events = data.comparison.events.map((e) =>
      e.id === "ev-invest"
        ? {
            ...e,
            statements: [
              ...e.statements,
              ...extra.map((x) => ({
                articleId: x.articleId,
                claimId: x.claimId,
                span: x.span,
                groupId: "g-investment",
              })),
            ],
          }
        : e,
    );
    render(
      <HappeningsView
        data={{ ...data, comparison: { ...data.comparison, groups, events } }}
        onShowRow={onShowRow}
      />,
    );
    const card = screen.getAllByRole("listitem")[0] as HTMLElement;
    // The outlet's first statement and "One more line." show; the other two are folded.
    expect(within(card).getByText("One more line.")).toBeVisible();
    const more = within(card).getByText("2 more statements");
    await user.click(more);
    await user.click(within(card).getByRole("button", { name: "A third line." }));
    expect(onShowRow).toHaveBeenCalledWith("g-investment");
  });

  it("says so when no happening is told by two outlets", () => {
    render(<HappeningsView data={fixtureStoryData()} onShowRow={vi.fn()} />);
    expect(
      screen.getByText("No happening is told in more than one article here"),
    ).toBeInTheDocument();
  });
});
