import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("sieve 3b: the one reporting verb of the quotation's sentence", () => {
  it("a subject after an opening adverbial: Before the vote, Roe tweeted that … “…”", () => {
    const x = extract(
      "Before arriving at the hall, Tomas Weller tweeted that he was “going to win big.”",
      "Less than an hour later, Tomas Weller wrote, “The other side is pushing hard.”",
    );
    expect(speakerOf(x, "going to win big")).toBe("Tomas Weller");
    expect(speakerOf(x, "pushing hard")).toBe("Tomas Weller");
  });

  it("a subject before an appositive chain: Roe, 22, of Brandon, Ore., said …", () => {
    const x = extract(
      "Cory Lune, 22, of Brandon, Ore., said he hoped the mayor could pull a “surprise” at the meeting.",
      "Marta Ostrow, a pollster, wrote in an email: “This was the worst day of the year.”",
    );
    expect(speakerOf(x, "surprise")).toBe("Cory Lune");
    expect(speakerOf(x, "worst day")).toBe("Marta Ostrow");
    // A place inside the appositive is never made a person.
    expect(x.entities.map((e) => e.name)).not.toContain("Brandon");
  });

  it("a bare surname as the subject: Vint joked that … “…”", () => {
    const x = extract(
      "To that, Vint joked that he likes a “peaceful protest every once in a while.”",
    );
    expect(speakerOf(x, "peaceful protest")).toBe("Vint");
  });

  it("inverted after a clause: “…” if it happened, said Ed Vashti, an analyst", () => {
    const x = extract(
      "“Many would call that a failure” if the margin were smaller, said Ed Vashti, an analyst at the Holm Report.",
    );
    expect(speakerOf(x, "Many would call")).toBe("Ed Vashti");
  });

  it("abstains when the name before the verb is not its subject, or is an object", () => {
    const x = extract(
      "In a letter, the board Amos Vint chairs wrote that the plan was “hopeless.”",
      "Rosa Kemp mocked Ivo Lund for “having a tough night” at the debate.",
      "Ivo Lund offered a Kemp-style retort on the radio, tweeting at her, “you are a loser.”",
    );
    expect(speakerOf(x, "hopeless")).toBeNull();
    expect(speakerOf(x, "you are a loser")).not.toBe("Kemp-style");
    expect(x.entities.map((e) => e.name)).not.toContain("Kemp-style");
    // The subject opens the clause, the object after the verb does not speak.
    expect(speakerOf(x, "tough night")).toBe("Rosa Kemp");
  });

  it("the cue reader takes the person before an appositive chain, not an organisation in it", () => {
    const x = extract(
      "Marta Ostrow, a pollster who works with the Lakeside Group, a local charity, said the race showed her as “strong and steady” to voters.",
    );
    expect(speakerOf(x, "strong and steady")).toBe("Marta Ostrow");
  });

  it("an appositive may open with a capitalised phrase that describes: a possessive, a party", () => {
    const x = extract(
      "“We doubt troops are the answer,” Benjamin J. Rhodes, Mr. Vint’s deputy security adviser, said Sunday.",
      "“That was a good speech,” Representative Steve Cohn, Democrat of Tennessee, told the mayor.",
      "Earlier in the year, Ambassador Lars F. Tefel wrote to Mrs. Pell about a visit “at the invitation of a banker.”",
      "“We lost,” Pell, Vint and Orrick said.",
    );
    expect(speakerOf(x, "troops are the answer")).toBe("Benjamin J. Rhodes");
    expect(speakerOf(x, "good speech")).toBe("Steve Cohn");
    expect(speakerOf(x, "invitation of a banker")).toBe("Lars F. Tefel");
    // A list of names is no appositive: no one of them speaks for all.
    expect(speakerOf(x, "We lost")).toBeNull();
  });
});

describe("sieve 3b: a verb in an opening subordinate clause", () => {
  it("does not reach a quotation past the comma closing that clause", () => {
    const x = extract(
      "Amos Vint and Ed Roe debated on Monday.",
      "When Vint suggested that the port would sue the city, Roe fired back forcefully: “If they sue us, they will lose.”",
      "When Vint said, “We will win,” the crowd cheered.",
    );
    expect(speakerOf(x, "they will lose")).not.toBe("Amos Vint");
    expect(speakerOf(x, "We will win")).toBe("Amos Vint");
  });
});

describe("the clause subject of a cue past a dateline", () => {
  it("reads the subject after `HARBOUR CITY - ` and a time before the verb", () => {
    const x = extract(
      'HARBOUR CITY - Regional candidate Ada Lund on Saturday tweeted an image of Ivo Vint under the words "most corrupt candidate ever!" prompting outrage.',
      'ORRIN FALLS - On the quay, the crowd cheered a banner over the words "best harbour ever!" all day.',
    );
    expect(speakerOf(x, "most corrupt")).toBe("Ada Lund");
    expect(speakerOf(x, "best harbour ever")).toBeNull();
  });
});
