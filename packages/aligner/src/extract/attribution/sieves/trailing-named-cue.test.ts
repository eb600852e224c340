import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("trailing named cue: “…,” a longer subject naming one person, then the verb", () => {
  it("reads a description, an appositive or an affiliation around the one person named", () => {
    const x = extract(
      "“She is also a mother of three young boys,” another friend, Mara Eland told the Harbour Gazette.",
      "“Lund needs a plan for the coastal voters,” Nate Orrin, the polling expert who founded a harbour site tweeted on Wednesday.",
      "“Positions are going to soften on the pier,” Harbour Rep. Dan Hollis’s chief of staff, Joe Kasperl, told the Gazette.",
      "“A new dock would be a stretch for the council,” Jeff Lowry of the Harbour Center for Port Studies wrote in December.",
    );
    expect(speakerOf(x, "mother of three")).toBe("Mara Eland");
    expect(speakerOf(x, "coastal voters")).toBe("Nate Orrin");
    expect(speakerOf(x, "soften on the pier")).toBe("Joe Kasperl");
    expect(speakerOf(x, "stretch for the council")).toBe("Jeff Lowry");
  });

  it("passes over a person after a preposition or another verb; abstains on two people and titles", () => {
    const x = extract(
      "Ivo Vint and Ada Lund met in May.",
      "“We will rebuild the pier,” the mayor, who beat Ivo Vint in the spring vote, said on Friday.",
      "“The docks are closed for the winter,” a spokesman for Ada Lund, Cy Moss, told the Gazette.",
      "“The crews deserve better pay,” Mara Eland, a neighbour of Nate Orrin, and Nate Orrin wrote.",
      "“The Harbour Hour With Ada Lund,” on June 3, Vint continued his attacks on the port.",
    );
    expect(speakerOf(x, "rebuild the pier")).not.toBe("Ivo Vint");
    expect(speakerOf(x, "closed for the winter")).toBe("Cy Moss");
    expect(speakerOf(x, "deserve better pay")).toBeNull();
    expect(speakerOf(x, "The Harbour Hour")).toBeNull();
  });
});
