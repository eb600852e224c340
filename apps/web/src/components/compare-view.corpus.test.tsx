// @vitest-environment jsdom
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { fixtureStoryData } from "../../test/story-data.ts";
import { useAppLocation } from "../hooks/use-app-location.ts";
import { CompareView } from "./compare-view.tsx";

const data = fixtureStoryData();

function Harness() {
  const [location, navigate] = useAppLocation();
  return (
    <CompareView data={data} location={location} navigate={navigate} onStoryChanged={() => {}} />
  );
}

/** The claim rows shown, leaving out the "Only in …" folds. */
const rowIds = () =>
  [...document.querySelectorAll<HTMLElement>(".grid-body-row[data-group-id]")].map(
    (r) => r.dataset.groupId,
  );

const params = () => new URLSearchParams(window.location.search);

beforeEach(() => {
  window.history.replaceState(null, "", "/?story=tariff-talks");
});

describe("CompareView filters", () => {
  it("shows rows several outlets report first; single-outlet rows fold per outlet", async () => {
    const user = userEvent.setup();
    render(<Harness />);
    expect(rowIds()).toEqual(["g-investment", "g-trump"]);
    expect(screen.getByText("4 of 4 rows")).toBeInTheDocument();
    const fold = screen.getByRole("button", {
      name: /Only in Korea JoongAng Daily, 24 Oct 2025: 1 claim/,
    });
    expect(fold).toHaveAttribute("aria-expanded", "false");
    await user.click(fold);
    expect(rowIds()).toEqual(["g-investment", "g-trump", "g-visit"]);
    expect(
      screen.getByRole("button", { name: /Only in Korea JoongAng Daily, 28 Oct 2025/ }),
    ).toHaveAttribute("aria-expanded", "false");
  });

  it("unfolds the section of a row opened by a link", () => {
    window.history.replaceState(null, "", "/?story=tariff-talks&row=g-close");
    render(<Harness />);
    expect(rowIds()).toEqual(["g-investment", "g-trump", "g-close"]);
  });

  it("keeps only conflicts, and records the filter in the URL", async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole("button", { name: "Conflicts only" }));
    expect(rowIds()).toEqual(["g-trump"]);
    expect(params().get("filter")).toBe("conflicts");
    expect(screen.getByRole("button", { name: "Conflicts only" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
  });

  it("keeps only quotes, only figures, or only omissions", async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole("button", { name: "Quotes only" }));
    expect(rowIds()).toEqual(["g-close"]);
    await user.click(screen.getByRole("button", { name: "Quotes only" }));
    await user.click(screen.getByRole("button", { name: "Figures only" }));
    expect(rowIds()).toEqual(["g-investment"]);
    await user.click(screen.getByRole("button", { name: "Figures only" }));
    await user.click(screen.getByRole("button", { name: "Omissions only" }));
    for (const row of document.querySelectorAll<HTMLElement>(".grid-body-row[data-group-id]")) {
      expect(within(row).getAllByText(/^Not reported by /).length).toBeGreaterThan(0);
    }
  });

  it("combines filters (conflicts AND figures leaves nothing here) and says so", async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole("button", { name: "Conflicts only" }));
    await user.click(screen.getByRole("button", { name: "Figures only" }));
    expect(rowIds()).toEqual([]);
    expect(screen.getByText("No rows match these filters")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Clear filters" }));
    // Unfiltered again: the two single-outlet rows fold back into their sections.
    expect(rowIds()).toEqual(["g-investment", "g-trump"]);
    expect(params().get("filter")).toBeNull();
  });

  it("filters to one person", async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.selectOptions(screen.getByLabelText("Person"), "Lee Jae Myung");
    expect(rowIds()).toEqual(["g-investment"]);
    expect(params().get("person")).toBe("p-lee");
  });

  it("searches every outlet's wording", async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.type(screen.getByLabelText("Search"), "golf{Enter}");
    await waitFor(() => expect(rowIds()).toEqual(["g-trump"]));
    expect(params().get("q")).toBe("golf");
  });

  it("restores filters, search and the open cell from a deep link", async () => {
    window.history.replaceState(
      null,
      "",
      "/?story=tariff-talks&filter=conflicts&row=g-trump&article=96f90745cbc1aea6",
    );
    render(<Harness />);
    expect(rowIds()).toEqual(["g-trump"]);
    const panel = await screen.findByRole("region", { name: "Article: Benzinga" });
    const mark = panel.querySelector("mark");
    expect(mark?.textContent).toBe(
      "Meanwhile, former US President Donald Trump met with top South Korean business leaders, including executives from Samsung, Hyundai, LG, SK Group, and Hanwha, during a private golf event in Florida.",
    );
  });

  it("opens the clicked cell's article beside the grid, the sentence marked in context", async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const investment = document.querySelector<HTMLElement>('[data-group-id="g-investment"]')!;
    await user.click(
      within(investment).getByRole("button", { name: /^Korea JoongAng Daily, 28 Oct 2025:/ }),
    );
    expect(params().get("row")).toBe("g-investment");
    expect(params().get("article")).toBe("ae7ce13b678b4d4e");
    const panel = await screen.findByRole("region", { name: /^Article: / });
    const paragraph = panel.querySelector("mark")!.closest("p")!;
    expect(paragraph.querySelector("mark")?.textContent).toMatch(/^President Lee Jae Myung said/);
    // The other paragraph is there as context, unmarked.
    expect(
      within(panel)
        .getByText(/Lee’s remarks contrasted/)
        .querySelector("mark"),
    ).toBeNull();
    await user.click(within(panel).getByRole("button", { name: "Close article" }));
    expect(params().get("article")).toBeNull();
  });

  it("closes the article panel with Escape", async () => {
    const user = userEvent.setup();
    window.history.replaceState(
      null,
      "",
      "/?story=tariff-talks&row=g-trump&article=96f90745cbc1aea6",
    );
    render(<Harness />);
    await screen.findByRole("region", { name: "Article: Benzinga" });
    await user.keyboard("{Escape}");
    expect(params().get("article")).toBeNull();
    await waitFor(() => expect(screen.queryByRole("region", { name: /^Article: / })).toBeNull());
  });
});

describe("CompareView diff display", () => {
  it("can fold away the reference words an outlet leaves out", async () => {
    const user = userEvent.setup();
    const { container } = render(<Harness />);
    const toggle = screen.getByRole("checkbox", { name: /show reference words it leaves out/ });
    expect(toggle).toBeChecked();
    expect(container.querySelector(".compare")).not.toHaveClass("hide-removed");
    await user.click(toggle);
    expect(container.querySelector(".compare")).toHaveClass("hide-removed");
  });
});
