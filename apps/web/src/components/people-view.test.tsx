// @vitest-environment jsdom
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { fixtureStoryData } from "../../test/story-data.ts";
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
});
