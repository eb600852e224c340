// @vitest-environment jsdom
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { fixtureStoryData } from "../../test/story-data.ts";
import { useColumnLayout } from "../hooks/use-column-layout.ts";
import { ComparisonGrid } from "./comparison-grid.tsx";

const data = fixtureStoryData();
const dateOrder = data.columns.map((c) => c.id);

function Grid({
  onOpenCell = () => {},
  groups = data.comparison.groups,
}: {
  onOpenCell?: (row: string, article: string) => void;
  groups?: typeof data.comparison.groups;
}) {
  const columns = useColumnLayout(dateOrder);
  return (
    <ComparisonGrid
      groups={groups}
      articles={data.byId}
      columns={columns}
      labelOf={data.labelOf}
      coverage={data.comparison.coverage}
      positionOf={(id) => data.comparison.groups.findIndex((g) => g.id === id) + 1}
      selectedRowId={null}
      selectedArticleId={null}
      // Single-outlet rows unfolded, as while filtering, so every row's cells can be checked.
      filtered
      onOpenCell={onOpenCell}
    />
  );
}

const headers = () =>
  screen
    .getAllByRole("columnheader")
    .slice(1)
    .map((h) => within(h).getByRole("heading").textContent);

const row = (text: RegExp) => {
  const cell = screen.getAllByRole("row").find((r) => text.test(r.textContent ?? ""));
  if (!cell) throw new Error(`no row matching ${text}`);
  return cell;
};

describe("ComparisonGrid", () => {
  it("has one column per article, oldest first and the undated one last", () => {
    render(<Grid />);
    expect(headers()).toEqual([
      "Korea JoongAng Daily, 22 Oct 2025",
      "Korea JoongAng Daily, 24 Oct 2025",
      "Korea JoongAng Daily, 28 Oct 2025",
      "Benzinga",
    ]);
    const editorial = screen.getAllByRole("columnheader")[3]!;
    expect(within(editorial).getByText("editorial")).toBeInTheDocument();
    expect(within(editorial).getByText("Translated with AI help")).toBeInTheDocument();
    const benzinga = screen.getAllByRole("columnheader")[4]!;
    expect(within(benzinga).getByText("aggregation")).toBeInTheDocument();
    expect(within(benzinga).getByText("Date unknown")).toBeInTheDocument();
    expect(within(benzinga).getByText("50% of claims")).toBeInTheDocument();
  });

  it("keeps column heads compact and shows the details on request", async () => {
    const user = userEvent.setup();
    render(<Grid />);
    const benzinga = screen.getAllByRole("columnheader")[4]!;
    expect(within(benzinga).queryByText(/in conflict/)).toBeNull();
    await user.click(
      within(benzinga).getByRole("button", { name: "Details and actions: Benzinga" }),
    );
    expect(
      await within(benzinga).findByText("Reports 50% of claims · 1 in conflict"),
    ).toBeInTheDocument();
    await user.keyboard("{Escape}");
    expect(within(benzinga).queryByText(/in conflict/)).toBeNull();
  });

  it("shows who a quoted statement is credited to, and nothing for an unattributed one", () => {
    // jsdom gives every row a 900 px box, so only the first rows render: pick the two needed.
    render(
      <Grid
        groups={data.comparison.groups.filter((g) => g.id === "g-investment" || g.id === "g-close")}
      />,
    );
    const quoted = within(row(/very close to a deal/)).getAllByRole("cell");
    expect(quoted[2]?.querySelector(".cell-speaker")?.textContent).toBe("Quoting Donald Trump");
    const reported = within(row(/remain at an impasse/)).getAllByRole("cell");
    expect(reported[2]?.querySelector(".cell-speaker")?.textContent).toBe(
      "Reporting Lee Jae Myung",
    );
    expect(reported[0]?.querySelector(".cell-speaker")).toBeNull();
  });

  it("names both values of a title conflict with their outlets", () => {
    render(<Grid />);
    const trump = row(/golf event/);
    const head = within(trump).getByRole("rowheader");
    expect(head).toHaveTextContent("Conflict · title");
    expect(head).toHaveTextContent(
      "Donald Trump's title: “former US President” (Benzinga) vs “U.S. President” (Korea JoongAng Daily, 22 Oct)".replace(
        /[“”]/g,
        "",
      ),
    );
    expect([...head.querySelectorAll("q")].map((q) => q.textContent)).toEqual([
      "former US President",
      "U.S. President",
    ]);
    // Each outlet's side is stressed in its own wording.
    const cells = within(trump).getAllByRole("cell");
    expect(cells[3]?.querySelector("strong")?.textContent).toBe("former US President");
    expect(cells[0]?.querySelector("strong")?.textContent).toBe("U.S. President");
  });

  it("says plainly which outlets do not report a row", () => {
    render(<Grid />);
    const trump = row(/golf event/);
    expect(
      within(trump).getByText("Not reported by Korea JoongAng Daily, 24 Oct 2025"),
    ).toBeInTheDocument();
    expect(
      within(trump).getByText("Not reported by Korea JoongAng Daily, 28 Oct 2025"),
    ).toBeInTheDocument();
    expect(within(trump).queryByText(/Not reported by Benzinga/)).toBeNull();
  });

  it("shows a loosely matched pair as plain wording: a diff of mostly different words is noise", () => {
    render(<Grid />);
    const investment = row(/\$350 billion in U.S.-bound/);
    const cells = within(investment).getAllByRole("cell");
    const benzinga = cells[3]!;
    expect(benzinga.querySelector("ins, del")).toBeNull();
    expect(benzinga).toHaveTextContent(/trade and investment deal between the two nations\./);
    expect(within(cells[0]!).queryByText("Reference wording")).toBeNull();
  });

  it("reveals the evidence for a match on request", async () => {
    const user = userEvent.setup();
    render(<Grid />);
    const investment = row(/\$350 billion in U.S.-bound/);
    const toggle = within(investment).getByRole("button", { name: "Why matched?" });
    expect(within(investment).queryByText(/Same figure/)).toBeNull();
    await user.click(toggle);
    expect(toggle).toHaveAttribute("aria-expanded", "true");
    // The list loads as its own chunk.
    expect((await within(investment).findByText(/Same figure/)).parentElement).toHaveTextContent(
      "Same figure: $350 billion",
    );
  });

  it("hides, moves and pins columns", async () => {
    const user = userEvent.setup();
    render(<Grid />);
    const details = async (label: string) => {
      await user.click(screen.getByRole("button", { name: `Details and actions: ${label}` }));
    };
    await details("Korea JoongAng Daily, 24 Oct 2025");
    await user.click(
      await screen.findByRole("button", { name: "Hide Korea JoongAng Daily, 24 Oct 2025" }),
    );
    expect(headers()).not.toContain("Korea JoongAng Daily, 24 Oct 2025");
    await details("Benzinga");
    await user.click(await screen.findByRole("button", { name: "Move Benzinga left" }));
    expect(headers()).toEqual([
      "Korea JoongAng Daily, 22 Oct 2025",
      "Benzinga",
      "Korea JoongAng Daily, 28 Oct 2025",
    ]);
    await details("Korea JoongAng Daily, 28 Oct 2025");
    await user.click(
      await screen.findByRole("button", { name: "Pin Korea JoongAng Daily, 28 Oct 2025" }),
    );
    expect(headers()[0]).toBe("Korea JoongAng Daily, 28 Oct 2025");
    expect(
      screen.getByRole("button", { name: "Unpin Korea JoongAng Daily, 28 Oct 2025" }),
    ).toHaveAttribute("aria-pressed", "true");
  });

  it("opens a cell's article with the keyboard", async () => {
    const user = userEvent.setup();
    const onOpenCell = vi.fn();
    render(<Grid onOpenCell={onOpenCell} />);
    const trump = row(/golf event/);
    const cell = within(trump).getByRole("button", {
      name: /^Benzinga: Meanwhile, former US President/,
    });
    cell.focus();
    await user.keyboard("{Enter}");
    expect(onOpenCell).toHaveBeenCalledWith("g-trump", "96f90745cbc1aea6");
  });
});

describe("ComparisonGrid keyboard", () => {
  it("moves between cells with the arrow keys, Home and End", async () => {
    const user = userEvent.setup();
    render(<Grid />);
    const start = within(row(/golf event/)).getByRole("button", { name: /^Benzinga:/ });
    start.focus();
    await user.keyboard("{ArrowUp}");
    expect(document.activeElement).toHaveAccessibleName(/^Benzinga: The recent breakthrough/);
    await user.keyboard("{ArrowLeft}");
    expect(document.activeElement).toHaveAccessibleName(
      /^Korea JoongAng Daily, 28 Oct 2025: President Lee/,
    );
    await user.keyboard("{ArrowDown}");
    // An outlet that does not report the row: focus lands on the empty cell itself.
    expect(document.activeElement).toHaveTextContent(
      "Not reported by Korea JoongAng Daily, 28 Oct 2025",
    );
    await user.keyboard("{Home}");
    expect(document.activeElement).toHaveAttribute("role", "rowheader");
    await user.keyboard("{End}");
    expect(document.activeElement).toHaveAccessibleName(/^Benzinga: Meanwhile/);
  });
});
