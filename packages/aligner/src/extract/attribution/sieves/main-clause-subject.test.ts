import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("main-clause subject: a quotation in the predicate of a person's speech or judging verb", () => {
  it("a description before the name, a judging verb: Campaign chair Ada Lund dismissed … as “…”", () => {
    const x = extract(
      "Campaign chair Ada Lund dismissed the whole affair as “absurd and overblown.” Her rivals seemed unmoved.",
      "Harbour mayor Ivo Vint is questioning whether the council would have “ever agreed to this.”",
    );
    expect(speakerOf(x, "absurd and overblown")).toBe("Ada Lund");
    expect(speakerOf(x, "ever agreed")).toBe("Ivo Vint");
  });

  it("through a relative aside: Lund, who …, praised … as “…”", () => {
    const x = extract(
      "Ada Lund, who has led the union since May, praised the deal as “a fair day's work.”",
    );
    expect(speakerOf(x, "fair day's work")).toBe("Ada Lund");
  });

  it("a whole quoted sentence after a colon, whatever the verb", () => {
    const x = extract(
      "Ada Lund took the stage at noon. After the vote, Lund issued a statement: “We will keep fighting for the port.”",
    );
    expect(speakerOf(x, "keep fighting")).toBe("Ada Lund");
  });

  it("abstains on scare quotes after other verbs, titles, and later cues", () => {
    const x = extract(
      "Ada Lund took home the “best newcomer” prize on Friday.",
      "Harbour mayor Ivo Vint criticized the “Harbour Nights Festival” for its cost.",
      "Ada Lund praised the plan as “a fine start,” Ivo Vint said.",
      "After Ivo Vint criticized the port, Lund called it “a hollow attack.”",
    );
    expect(speakerOf(x, "best newcomer")).toBeNull();
    expect(speakerOf(x, "Harbour Nights Festival")).toBeNull();
    expect(speakerOf(x, "a fine start")).not.toBe("Ada Lund");
    expect(speakerOf(x, "a hollow attack")).not.toBe("Ivo Vint");
  });

  it("abstains when a relative clause in the predicate brings its own subject", () => {
    const x = extract("Ada Lund praised Ivo Vint, who called the plan “a fine start.”");
    expect(speakerOf(x, "a fine start")).not.toBe("Ada Lund");
  });

  it("reads a verb of saying coordinated with the first one as the same subject's", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met on Monday.",
      "Lund knocked Vint on tariffs and called him a “dreamer,” a dig at his record.",
      "Vint denounced the remarks as “hurtful and petty” and warned of a long winter.",
    );
    expect(speakerOf(x, "dreamer")).toBe("Ada Lund");
    expect(speakerOf(x, "hurtful and petty")).toBe("Ivo Vint");
  });

  it("reads a reporting noun after a possessive as no second speaker's verb", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met on Monday.",
      "Lund denounced Vint’s remarks as “hurtful and petty.”",
      "Vint dismissed the senators’ claims as “idle talk.”",
    );
    expect(speakerOf(x, "hurtful and petty")).toBe("Ada Lund");
    expect(speakerOf(x, "idle talk")).toBe("Ivo Vint");
  });

  it("reads a verb form after a preposition as a noun, no second speaker's verb", () => {
    const x = extract(
      "As the race turned to contests in states with more dockers, Ada Lund decried the rise of “harbour politics.”",
      "Tom Vint, a pier activist, asked the secretary of state during a chat if she would “close the port for good.”",
      "Ada Lund praised the crews, and Tom Vint called the strike “a harbour disgrace.”",
    );
    expect(speakerOf(x, "harbour politics")).toBe("Ada Lund");
    expect(speakerOf(x, "close the port")).toBe("Tom Vint");
    // A real second verb still stops the sieve from crediting the first subject.
    expect(speakerOf(x, "a harbour disgrace")).not.toBe("Ada Lund");
  });

  it("reads a verb joined by a coordinator and an auxiliary as the first verb's subject's", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met on Monday.",
      "Lund has made the port her cause and has boasted of her plan to spend “whatever it takes.”",
    );
    expect(speakerOf(x, "whatever it takes")).toBe("Ada Lund");
  });

  it("reads past a relative aside in the predicate closed before the quotation", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met on Monday.",
      "Lund is praising Vint, who ended his bid on Friday, as “a man of his word.”",
      "Lund praised Vint, who called the vote “a farce.”",
    );
    expect(speakerOf(x, "a man of his word")).toBe("Ada Lund");
    expect(speakerOf(x, "a farce")).not.toBe("Ada Lund");
  });

  it("ends the sentence at doubled apostrophes after its full stop, so a later cue is no rival", () => {
    const x = extract(
      "Ivo Vint met the council on Monday.",
      "Mr. Vint expressed regret for ''my failure to fix the port.'' It was, he said, hard.",
    );
    expect(speakerOf(x, "fix the port")).toBe("Ivo Vint");
  });

  it("reads a present-tense verb right after the name and before its object", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met the council on Monday.",
      "Lund routinely characterizes the plan as “a fair deal for the docks.”",
    );
    expect(speakerOf(x, "a fair deal")).toBe("Ada Lund");
  });

  it("reads a plural noun after a name as no verb", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met the council on Monday.",
      "Lund aides were told the plan is “a fair deal for the docks.”",
    );
    expect(speakerOf(x, "a fair deal")).toBeNull();
  });

  it("reads a present-tense verb before a to-infinitive: Lund plans to publish “…”", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met the council on Monday.",
      "In May, Lund plans to publish “The Long Tide of Norland,” a memoir of her years at sea.",
    );
    expect(speakerOf(x, "The Long Tide of Norland")).toBe("Ada Lund");
  });

  it("reads a plural noun after a name before 'to the' as no verb", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met the council on Monday.",
      "Lund aides to the mayor were told the plan is “a fair deal for the docks.”",
    );
    expect(speakerOf(x, "a fair deal")).toBeNull();
  });
});

describe("a main clause whose verb follows an appositive", () => {
  it("reads an -ed verb with no comma after it as the verb, not as an aside", () => {
    const x = extract(
      "Ada Lund, a former candidate for mayor who now runs Harbour Works, labeled “the plan a fraud.”",
    );
    expect(speakerOf(x, "the plan a fraud")).toBe("Ada Lund");
  });

  it("reads a present form after the appositive's closing comma", () => {
    const x = extract("Rep. Ada Lund, who was elected in 2010, casts “the plan as a disaster.”");
    expect(speakerOf(x, "as a disaster")).toBe("Ada Lund");
  });

  it("still reads past a participle aside closed by a comma", () => {
    const x = extract("Ivo Vint, asked about the storm, dismissed the plan as “a fairy tale.”");
    expect(speakerOf(x, "a fairy tale")).toBe("Ivo Vint");
  });
});

describe("a whole sentence quoted after a colon, in doubled apostrophes", () => {
  it("reads it as the quoted sentence curly marks would make it", () => {
    const x = extract(
      "Ivo Vint met the harbour crews on Monday.",
      "One supporter, Ada Lund, gave the plan a whirl: ''It is a pile of rubble.''",
    );
    expect(speakerOf(x, "It is a pile of rubble")).toBe("Ada Lund");
  });
});

describe("main-clause subject: a passive after the quotation is no other speaker's cue", () => {
  it("reads past `was charged`, not past `was told by` nor an active cue", () => {
    const x = extract(
      'Harbour mayor Ada Lund defended her deputy as a "very decent man" Tuesday, hours after the aide was charged with battery in Orrin for allegedly grabbing a reporter.',
      'Harbour mayor Ivo Vint defended the plan as a "fair deal for crews" Tuesday, weeks after the board was told by Tom Pell it was dead.',
      'Harbour mayor Ida Moss defended the plan as a "fair deal for docks" Tuesday, hours after the board charged that it was dead.',
    );
    expect(speakerOf(x, "very decent man")).toBe("Ada Lund");
    expect(speakerOf(x, "fair deal for crews")).toBeNull();
    expect(speakerOf(x, "fair deal for docks")).toBeNull();
  });
});

describe("main-clause subject after an opening subordinate clause", () => {
  it("after a conjunction: And after …, Lund blamed the “…”", () => {
    const x = extract(
      "Ada Lund runs the port.",
      "And after the court refused to hear the case, Gov. Ada Lund (R) blamed the court's “four judges who sank the plan.”",
      "But when Ivo Vint objected, the board dismissed the plan as “a dead letter.”",
    );
    expect(speakerOf(x, "four judges")).toBe("Ada Lund");
    expect(speakerOf(x, "dead letter")).not.toBe("Ivo Vint");
  });
});
