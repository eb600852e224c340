// @vitest-environment jsdom

import type { StoryEntity } from "@parallax/core/schemas";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { IDS } from "../../test/fixtures/tariff-story.ts";
import { fixtureStoryData } from "../../test/story-data.ts";
import { buildStoryData } from "../model/story-data.ts";
import { PeopleView } from "./people-view.tsx";

describe("PeopleView", () => {
  it("puts each outlet's title for a person side by side and flags the title conflict", async () => {
    const user = userEvent.setup();
    const onShowRows = vi.fn();
    render(<PeopleView data={fixtureStoryData()} onShowRows={onShowRows} />);
    const trump = screen.getByRole("region", { name: "Donald Trump" });
    expect(within(trump).getByText("Title conflict")).toBeInTheDocument();
    const rows = within(trump)
      .getAllByRole("row")
      .slice(1)
      .map((row) => [...row.querySelectorAll("th, td")].slice(0, 2).map((c) => c.textContent));
    expect(rows).toEqual([
      ["Korea JoongAng Daily, 22 Oct 2025", "U.S. President (differs from other outlets)"],
      ["Korea JoongAng Daily, 24 Oct 2025", "No title given"],
      ["Korea JoongAng Daily, 28 Oct 2025", "No title given"],
      ["Benzinga", "former US President (differs from other outlets)"],
    ]);
    await user.click(within(trump).getByRole("button", { name: "Rows mentioning Donald Trump" }));
    expect(onShowRows).toHaveBeenCalledWith("p-trump");
  });

  it("shows a title whose post is written after the name whole: 'Minister of the Ministry of Trade, Industry and Energy'", () => {
    const data = fixtureStoryData();
    const span = (articleId: string, start: number, end: number) => ({ articleId, start, end });
    const kjk: StoryEntity = {
      id: "p-kjk",
      kind: "person",
      name: "Kim Jung-kwan",
      titles: [
        {
          articleId: IDS.joongang22,
          text: "Minister",
          span: span(IDS.joongang22, 0, 8),
          qualifier: {
            text: "of the Ministry of Trade, Industry and Energy",
            span: span(IDS.joongang22, 23, 68),
          },
        },
        { articleId: IDS.joongang24, text: "Industry Minister", span: span(IDS.joongang24, 0, 17) },
      ],
      members: [
        { articleId: IDS.joongang22, entityId: "e9" },
        { articleId: IDS.joongang24, entityId: "e9" },
      ],
      mentions: [],
    };
    render(
      <PeopleView
        data={{ ...data, comparison: { ...data.comparison, entities: [kjk] } }}
        onShowRows={vi.fn()}
      />,
    );
    const person = screen.getByRole("region", { name: "Kim Jung-kwan" });
    const cells = within(person)
      .getAllByRole("row")
      .slice(1)
      .map((row) => row.querySelectorAll("td")[0]?.textContent);
    expect(cells).toEqual([
      "Minister of the Ministry of Trade, Industry and Energy (differs from other outlets)",
      "Industry Minister (differs from other outlets)",
    ]);
    expect(within(person).queryByText("Title conflict")).toBeNull();
  });

  it("lists a person's quotes, naming the report that words passed on second-hand come through", () => {
    const data = fixtureStoryData();
    const span = { articleId: IDS.benzinga, start: 0, end: 10 };
    const details = new Map(data.details);
    const benzinga = details.get(IDS.benzinga);
    if (!benzinga || benzinga instanceof Error) throw new Error("fixture detail missing");
    const quote = {
      span,
      direct: true,
      speakerId: "e0",
      speakerStatus: "resolved" as const,
      cue: null,
      occasion: null,
    };
    details.set(IDS.benzinga, {
      ...benzinga,
      extraction: {
        ...benzinga.extraction,
        quotes: [
          { ...quote, id: "q0", text: "We made a deal", via: null },
          {
            ...quote,
            id: "q1",
            text: "It is a fair deal",
            via: { entityId: null, text: "the Harbour Herald", span },
          },
        ],
      },
    });
    render(
      <PeopleView
        data={buildStoryData(data.story, data.comparison, details)}
        onShowRows={vi.fn()}
      />,
    );
    const trump = screen.getByRole("region", { name: "Donald Trump" });
    const items = within(trump)
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(items).toEqual(["We made a deal", "It is a fair deal according to the Harbour Herald"]);
  });
});
