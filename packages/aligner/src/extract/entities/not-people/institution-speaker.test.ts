import { describe, expect, it } from "vitest";
import {
  entityKind,
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

/* A speaker whose name ends on an institution's head is an organisation, never a person. */

describe("an institution's name speaking", () => {
  it("'The Harbour Trust said' names an organisation, without 'The'", () => {
    const x = extract(
      "The Harbour Trust said the pier would close.",
      "The Dunmore Foundation said the ferry would run.",
      "The Orvale Police Department said the road was open.",
    );
    expect(speakerOf(x, "the pier would close")).toBe("Harbour Trust");
    expect(entityKind(x, "Harbour Trust")).toBe("organization");
    expect(speakerOf(x, "the ferry would run")).toBe("Dunmore Foundation");
    expect(entityKind(x, "Dunmore Foundation")).toBe("organization");
    expect(entityKind(x, "Orvale Police Department")).toBe("organization");
    expect(x.entities.some((e) => e.kind === "person")).toBe(false);
  });

  it("a political action committee or a league speaking is an organisation", () => {
    const x = extract(
      "“We object,” the Lakeside Voters League said.",
      "Harbour Forward PAC said, “Lund must go.”",
    );
    expect(speakerOf(x, "We object")).toBe("Lakeside Voters League");
    expect(entityKind(x, "Lakeside Voters League")).toBe("organization");
    expect(speakerOf(x, "Lund must go")).toBe("Harbour Forward PAC");
    expect(entityKind(x, "Harbour Forward PAC")).toBe("organization");
    expect(x.entities.some((e) => e.kind === "person" && e.name !== "Lund")).toBe(false);
  });

  it("a person with a given name keeps a surname such as Trust", () => {
    const x = extract("Councillor Ivo Trust said the pier would close.");
    expect(entityKind(x, "Councillor Ivo Trust") ?? entityKind(x, "Ivo Trust")).toBe("person");
  });

  it("'The Harbour Board said' is a board; 'Chair Ada Board said' a person", () => {
    const x = extract(
      "The Orvale School Board said the pier would close.",
      "Chair Ada Board said the ferry would run.",
    );
    expect(speakerOf(x, "the pier would close")).toBe("Orvale School Board");
    expect(entityKind(x, "Orvale School Board")).toBe("organization");
    expect(speakerOf(x, "the ferry would run")).toBe("Ada Board");
    expect(entityKind(x, "Ada Board")).toBe("person");
  });

  it("a speaker named with a research firm's or company's ending is an organisation", () => {
    const x = extract(
      "Velmar Research said the fleet had shrunk.",
      "“Shifts are too long,” said Orvant Labs.",
      "Quell Partners said the ferry would run.",
    );
    expect(speakerOf(x, "the fleet had shrunk")).toBe("Velmar Research");
    expect(entityKind(x, "Velmar Research")).toBe("organization");
    expect(speakerOf(x, "Shifts are too long")).toBe("Orvant Labs");
    expect(entityKind(x, "Orvant Labs")).toBe("organization");
    expect(entityKind(x, "Quell Partners")).toBe("organization");
  });

  it("a name an appositive describes as a committee, charity or newspaper is an organisation", () => {
    const x = extract(
      "And Harbour Rising, a conservative political action committee, called the mayor “a walking liability.”",
      "“The ferry will run,” Quorvel Display, a local charity, said.",
      "“The road is open,” Tessa Vint, a member of the committee, said.",
    );
    expect(entityKind(x, "Harbour Rising")).toBe("organization");
    expect(speakerOf(x, "The ferry will run")).toBe("Quorvel Display");
    expect(entityKind(x, "Quorvel Display")).toBe("organization");
    expect(speakerOf(x, "The road is open")).toBe("Tessa Vint");
    expect(entityKind(x, "Tessa Vint")).toBe("person");
  });

  it("a title word right before the head is part of the institution's name", () => {
    const x = extract(
      "Regardless, the Trade Department said it found no sign of the crates.",
      "Chair Ada Board said the ferry would run.",
    );
    expect(speakerOf(x, "it found no sign")).toBe("Trade Department");
    expect(entityKind(x, "Trade Department")).toBe("organization");
    expect(entityKind(x, "Ada Board")).toBe("person");
  });

  it("an institution speaks as the subject of its clause, as a person does", () => {
    const x = extract(
      "The Dunmore Harbour Committee released a statement Monday, offering “a deep and sincere apology” to Ada Lund.",
      "The Trade Department has said 93 of the crates were “held in whole or in part” at the dock.",
    );
    expect(speakerOf(x, "a deep and sincere apology")).toBe("Dunmore Harbour Committee");
    expect(entityKind(x, "Dunmore Harbour Committee")).toBe("organization");
    expect(speakerOf(x, "held in whole")).toBe("Trade Department");
  });
});
