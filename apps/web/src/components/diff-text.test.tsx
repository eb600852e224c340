// @vitest-environment jsdom
import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { DiffText } from "./diff-text.tsx";

describe("DiffText", () => {
  it("marks this outlet's own words as insertions and the reference's missing words as deletions", () => {
    const { container } = render(
      <DiffText
        text="former US President Donald Trump met"
        diff={{
          articleId: "96f90745cbc1aea6",
          againstArticleId: "ec28de37a249cf4e",
          parts: [
            { value: "former US ", op: "added" },
            { value: "U.S. ", op: "removed" },
            { value: "President Donald Trump ", op: "equal" },
            { value: "met", op: "added" },
            { value: "said", op: "removed" },
          ],
        }}
      />,
    );
    expect([...container.querySelectorAll("ins")].map((e) => e.textContent)).toEqual([
      "former US ",
      "met",
    ]);
    expect([...container.querySelectorAll("del")].map((e) => e.textContent)).toEqual([
      "U.S. ",
      "said",
    ]);
    expect(container.textContent).toBe("former US U.S. President Donald Trump metsaid");
  });

  it("shows the reference wording plainly, and markup in text stays text", () => {
    const { container } = render(<DiffText text={'<img src=x onerror="alert(1)"> $350 billion'} />);
    expect(container.querySelector("img")).toBeNull();
    expect(container.querySelector("ins, del")).toBeNull();
    expect(container.textContent).toBe('<img src=x onerror="alert(1)"> $350 billion');
  });
});
