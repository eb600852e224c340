// @vitest-environment jsdom
import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { DiffText } from "./diff-text.tsx";

describe("DiffText", () => {
  it("marks this outlet's own words as insertions and the reference's missing words as deletions", () => {
    const { container } = render(
      <DiffText
        text="former US President Anton Veld met business leaders in Seoul on Wednesday"
        diff={{
          articleId: "96f90745cbc1aea6",
          againstArticleId: "ec28de37a249cf4e",
          parts: [
            { value: "former US ", op: "added" },
            { value: "U.S. ", op: "removed" },
            { value: "President Anton Veld ", op: "equal" },
            { value: "met", op: "added" },
            { value: "saw", op: "removed" },
            { value: " business leaders in Seoul on Wednesday", op: "equal" },
          ],
        }}
      />,
    );
    expect([...container.querySelectorAll("ins")].map((e) => e.textContent)).toEqual([
      "former ",
      "met ",
    ]);
    // "US" and "U.S." are the same word written two ways: no mark.
    expect([...container.querySelectorAll("del")].map((e) => e.textContent)).toEqual(["saw "]);
  });

  it("shows a loosely matched wording plainly instead of a diff that is mostly strike-through", () => {
    const { container } = render(
      <DiffText
        text="Officials say one sticking point is the upfront payment."
        diff={{
          articleId: "96f90745cbc1aea6",
          againstArticleId: "ec28de37a249cf4e",
          parts: [
            { value: "Officials say one sticking point is the upfront payment.", op: "added" },
            { value: "Negotiators said the cash model was not feasible.", op: "removed" },
          ],
        }}
      />,
    );
    expect(container.querySelector("ins, del")).toBeNull();
    expect(container.textContent).toBe("Officials say one sticking point is the upfront payment.");
  });

  it("shows the reference wording plainly, and markup in text stays text", () => {
    const { container } = render(<DiffText text={'<img src=x onerror="alert(1)"> $350 billion'} />);
    expect(container.querySelector("img")).toBeNull();
    expect(container.querySelector("ins, del")).toBeNull();
    expect(container.textContent).toBe('<img src=x onerror="alert(1)"> $350 billion');
  });
});
