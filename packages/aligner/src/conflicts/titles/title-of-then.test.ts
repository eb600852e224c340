import { describe, expect, it } from "vitest";
import { titleToldOfThen } from "./title-of-then.ts";

/** Whether the title starting at the first `title` in `body` is told of then. */
const ofThen = (body: string, title: string, year: number | null = null) =>
  titleToldOfThen(body, body.indexOf(title), year);

describe("titleToldOfThen: a plain title that names the post as it was", () => {
  it("reads a title inside the paragraph's quotation as the speaker's words", () => {
    expect(ofThen(`"We wrote to Governor Ivo Vint twice," Lund said.`, "Governor")).toBe(true);
    expect(ofThen("“It was Governor Vint’s own plan,” Lund said.", "Governor")).toBe(true);
    // A quotation closed before it, or one of an earlier paragraph, leaves it the outlet's.
    expect(ofThen(`"We wrote twice," Lund said of Governor Ivo Vint.`, "Governor")).toBe(false);
    expect(ofThen(`Lund said: "We wrote.\nGovernor Ivo Vint replied on Monday.`, "Governor")).toBe(
      false,
    );
    expect(ofThen("Governor Ivo Vint replied on Monday.", "Governor")).toBe(false);
  });

  it("reads a title after a former post held under it as the post of that time", () => {
    for (const body of [
      "said Ada Lund, a former top economic adviser to President Ivo Vint.",
      "said Ada Lund, a former official in President Ivo Vint's cabinet.",
      "the ex-aide to President Ivo Vint said.",
    ])
      expect(ofThen(body, "President")).toBe(true);
    // The aide's post is current, or the "former" is another person's, or the word is no post.
    for (const body of [
      "said Ada Lund, a top economic adviser to President Ivo Vint.",
      "the former mayor went to President Ivo Vint on Monday.",
      "Ada Lund, formerly close to President Ivo Vint, said.",
    ])
      expect(ofThen(body, "President")).toBe(false);
  });

  it("reads a title served in the perfect ('has also represented President') as of its time", () => {
    for (const body of [
      "Lund, who also has represented President Ivo Vint, declined to comment.",
      "Lund had served under Governor Ivo Vint for a decade.",
      "Lund has long worked for Senator Ivo Vint.",
    ])
      expect(ofThen(body, "President") || ofThen(body, "Governor") || ofThen(body, "Senator")).toBe(
        true,
      );
    // Without the perfect, or with a verb of support rather than service, the title is the outlet's.
    for (const body of [
      "Lund represented President Ivo Vint at the summit on Monday.",
      "Lund has defended President Ivo Vint's plan.",
      "The first poll held under President Ivo Vint was delayed.",
    ])
      expect(ofThen(body, "President")).toBe(false);
  });
});

describe("titleToldOfThen: a title in a reference to the past", () => {
  it("reads a title inside a quotation written with doubled apostrophes", () => {
    expect(
      ofThen("''On the other hand, Governor Vint voted for it,'' Lund said.", "Governor"),
    ).toBe(true);
    expect(ofThen("''We wrote twice,'' Lund said of Governor Ivo Vint.", "Governor")).toBe(false);
  });

  it("reads a title whose holder's period in office follows it ('President Vint's political legacy')", () => {
    for (const body of [
      "the 1994 deal that is an important part of President Ivo Vint's political legacy.",
      "it was the low point of Governor Ivo Vint's tenure.",
    ])
      expect(ofThen(body, "President") || ofThen(body, "Governor")).toBe(true);
    for (const body of [
      "President Ivo Vint's plan was sent to Congress on Monday.",
      "President Ivo Vint's spokesman said the legacy of the war was plain.",
    ])
      expect(ofThen(body, "President")).toBe(false);
  });

  it("reads a title in a sentence set in an earlier year than its article's", () => {
    // (A span counted back, "a year after managing …", dates it without the article's year:
    // past-relation.test.ts.)
    const body = "In 1999, Lund managed proceedings against President Ivo Vint and posed with him.";
    expect(ofThen(body, "President", 2016)).toBe(true);
    // The year of the article itself, a year after the title, or "since": the post as now.
    expect(ofThen(body, "President", 1999)).toBe(false);
    expect(
      ofThen("President Ivo Vint said in 1999 that the plan was over.", "President", 2016),
    ).toBe(false);
    expect(ofThen("Since 2009, President Ivo Vint has held the line.", "President", 2016)).toBe(
      false,
    );
    // No article date: a sentence opened by its year tells that year ("In 2008, Sen. Roe …");
    // a year elsewhere in it may be of a plan.
    expect(ofThen(body, "President")).toBe(true);
    expect(
      ofThen("In 2008, Sen. Ada Roe distanced herself from President Ivo Vint.", "President"),
    ).toBe(true);
    expect(ofThen("Ada Roe met President Ivo Vint in 2008 and again.", "President")).toBe(false);
    expect(ofThen("In Castlebay, President Ivo Vint spoke.", "President")).toBe(false);
  });

  it("reads a title after what began under it ('policies that began under President Vint')", () => {
    expect(
      ofThen("the crime policies that began under President Ivo Vint have done harm.", "President"),
    ).toBe(true);
    expect(ofThen("a programme launched under Governor Ivo Vint in the 1990s", "Governor")).toBe(
      true,
    );
    // "under" alone is said of a sitting holder as often.
    expect(ofThen("The first poll held under President Ivo Vint was delayed.", "President")).toBe(
      false,
    );
  });
});
