import { describe, expect, it } from "vitest";
import { titleToldOfThen } from "./title-of-then.ts";

/** Whether the title starting at the first `title` in `body` is told of then. */
const ofThen = (body: string, title: string) => titleToldOfThen(body, body.indexOf(title));

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
