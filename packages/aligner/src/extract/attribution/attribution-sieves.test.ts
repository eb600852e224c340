import { describe, expect, it } from "vitest";
import { extractParagraphs as extract, speakerOf } from "../../../test/support/quote-speakers.ts";

describe("attribution sieves", () => {
  it("trailing cue with any reporting verb: “…,” Okafor wrote / “…,” wrote Okafor", () => {
    const x = extract(
      "Maria Okafor runs the harbour board.",
      "“The cranes are idle,” Okafor wrote on her blog.",
      "“Nobody listens,” complained Okafor.",
    );
    expect(speakerOf(x, "cranes are idle")).toBe("Maria Okafor");
    expect(speakerOf(x, "Nobody listens")).toBe("Maria Okafor");
  });

  it("trailing cue: a participle is never inverted, its content names nobody: “…,” saying the city …", () => {
    const x = extract(
      "Ivo Lund has delivered a defense of “harbour values,” saying the city embodied the “heart of the coast.”",
    );
    expect(x.entities.some((e) => e.name.includes("embodied"))).toBe(false);
  });

  it("leading cue ending the paragraph before: Weller continued: / “…”", () => {
    const x = extract(
      "Tomas Weller spoke in Ohio on Monday.",
      "Later, Weller continued:",
      "“You look at the questions. Nobody asks about jobs.”",
      "The council released a long report:",
      "“The budget is short.”",
    );
    expect(speakerOf(x, "Nobody asks about jobs")).toBe("Tomas Weller");
    // No reporting verb before the colon: no speaker.
    expect(speakerOf(x, "The budget is short")).toBeNull();
  });

  it("trailing cue with the verbs of questioning, assuring, cautioning and remembering", () => {
    const x = extract(
      "Maria Okafor runs the harbour board.",
      "“What was the pivot point?” Okafor questioned.",
      "“Your record is strong,” Okafor assured the crew.",
      "“A lot of analysts said no,” remembered Ed Moss, the board's former spokesman.",
    );
    expect(speakerOf(x, "pivot point")).toBe("Maria Okafor");
    expect(speakerOf(x, "Your record is strong")).toBe("Maria Okafor");
    expect(speakerOf(x, "analysts said no")).toBe("Ed Moss");
  });

  it("leading cue: Okafor tweeted: “…” and a pronoun resolved to the person before it", () => {
    const x = extract(
      "Maria Okafor runs the harbour board.",
      "She tweeted: “The cranes are idle.”",
    );
    expect(speakerOf(x, "cranes are idle")).toBe("Maria Okafor");
  });

  it("trailing cue after an appositive: “…,” Dora Pell, a small-business owner, said", () => {
    const x = extract(
      "“We can win,” Dora Pell, a small-business owner, said at the rally.",
      "“Next summer is near,” Amos Vint, 35, the son of a farmer, tweeted on Monday.",
      "“It is late,” Pell, Vint and Orrick said.",
    );
    expect(speakerOf(x, "We can win")).toBe("Dora Pell");
    expect(speakerOf(x, "Next summer is near")).toBe("Amos Vint");
    // A list of names is no appositive: nobody is picked from it.
    expect(speakerOf(x, "It is late")).toBeNull();
  });

  it("a quotation followed by its own cue never takes the earlier speaker", () => {
    const x = extract(
      "“The cranes are idle,” Tomas Weller said. “We wait,” the port's owner and her partner, the builder, said.",
    );
    expect(speakerOf(x, "The cranes are idle")).toBe("Tomas Weller");
    expect(speakerOf(x, "We wait")).not.toBe("Tomas Weller");
    const named = extract(
      "“The cranes are idle,” Tomas Weller said. “We wait,” his partner, Ed Moss, said.",
    );
    expect(speakerOf(named, "We wait")).toBe("Ed Moss");
  });

  it("', calling it …' is the sentence subject's, not the person nearest the verb", () => {
    const x = extract(
      "Maria Okafor said the port was full. “We are ready,” she said.",
      "Tomas Weller went after Okafor on Wednesday over the harbour fees, calling them “a scandal.”",
      "Then Okafor thanked the crew, saying they were “the best in the north.”",
    );
    expect(speakerOf(x, "a scandal")).toBe("Tomas Weller");
    expect(speakerOf(x, "the best in the north")).toBe("Maria Okafor");
  });

  it("a piece of clause is no speaker; a pronoun with an adverb is the pronoun", () => {
    const x = extract(
      "Tomas Weller has opposed the plan but has since said he would “look again.”",
      "Maria Okafor spoke next. “We are ready,” she jokingly said.",
    );
    expect(speakerOf(x, "look again")).not.toBe("has since");
    expect(x.entities.map((e) => e.name)).not.toContain("has since");
    expect(speakerOf(x, "We are ready")).toBe("Maria Okafor");
  });

  it("leading cue past an opening adverbial, a subordinator or a particle", () => {
    const x = extract(
      "Maria Okafor runs the harbour board. Tomas Weller builds ships.",
      "On Monday, Okafor tweeted, “The cranes are idle.”",
      "As Weller wrote, “Nobody listens.”",
      "Later, Okafor wrote back: “We wait for spring.”",
    );
    expect(speakerOf(x, "cranes are idle")).toBe("Maria Okafor");
    expect(speakerOf(x, "Nobody listens")).toBe("Tomas Weller");
    expect(speakerOf(x, "We wait for spring")).toBe("Maria Okafor");
  });

  it("a generational suffix is no word of the speaker's name, but shown after it", () => {
    const x = extract("“We have to be careful,” said Sen. Dora P. Pell Jr. (D-Ore.), a backer.");
    expect(speakerOf(x, "We have to be careful")).toBe("Dora P. Pell Jr.");
  });

  it("a later quotation of the same paragraph with no cue is the same speaker's", () => {
    const x = extract("“The cranes are idle,” Tomas Weller said. “We wait for spring.”");
    expect(speakerOf(x, "We wait for spring")).toBe("Tomas Weller");
  });

  it("a partial quotation in a clause is its sentence subject's, unless another cue may speak", () => {
    const x = extract(
      "Maria Okafor blasted the port plan as “a slow disaster.”",
      "Tomas Weller has praised what the union calls “a fair deal.”",
    );
    expect(speakerOf(x, "a slow disaster")).toBe("Maria Okafor");
    expect(speakerOf(x, "a fair deal")).toBeNull();
  });

  it("a reporting verb's form after a determiner is a noun, no second cue", () => {
    const x = extract(
      "Rosa Kemp later defended the remark as “sarcastic.”",
      "Ivo Lund dismissed her claim that the fund was “nearly empty.”",
    );
    expect(speakerOf(x, "sarcastic")).toBe("Rosa Kemp");
    // "claim" is no cue; the quoted words are the content of her claim (sieves/possessed-claim.ts).
    expect(speakerOf(x, "nearly empty")).toBe("Rosa Kemp");
  });

  it("abstains on “I”, “they” and a clause opener: the speaker stays unknown", () => {
    const x = extract("“The cranes are idle,” they said.", "“Nobody listens,” I wrote.");
    expect(speakerOf(x, "cranes are idle")).toBeNull();
    expect(speakerOf(x, "Nobody listens")).toBeNull();
  });

  it("reads doubled apostrophes and British single quotes as quotation marks", () => {
    const x = extract(
      "''The cranes are idle,'' said Tomas Weller.",
      "‘We wait for spring,’ Maria Okafor said. The board’s chair didn’t comment.",
    );
    expect(speakerOf(x, "The cranes are idle")).toBe("Tomas Weller");
    expect(speakerOf(x, "We wait for spring")).toBe("Maria Okafor");
    // Texts come from the original body: the marks are as written.
    expect(x.sentences[0]?.text.startsWith("''The")).toBe(true);
  });
});

describe("he/she after a person first named by a speech cue", () => {
  it("takes the one person a cue named in the sentences before: Brannock said … “…,” he said", () => {
    const x = extract(
      "Brannock said the ferry plan was too costly.",
      "“It will sink the harbour budget,” he said.",
    );
    expect(speakerOf(x, "sink the harbour budget")).toBe("Brannock");
  });

  it("stays unknown when two such people compete or the gender disagrees", () => {
    const two = extract(
      "Brannock said the ferry plan was too costly. Quillon said it was fine.",
      "“It will sink the harbour budget,” he said.",
    );
    expect(speakerOf(two, "sink the harbour budget")).toBeNull();
    const ms = extract(
      "Ms. Brannock said the ferry plan was too costly.",
      "“It will sink the harbour budget,” he said.",
    );
    expect(speakerOf(ms, "sink the harbour budget")).toBeNull();
    const she = extract(
      "Ms. Brannock said the ferry plan was too costly.",
      "“It will sink the harbour budget,” she said.",
    );
    expect(speakerOf(she, "sink the harbour budget")).toBe("Brannock");
  });

  it("does not reach back past two sentences", () => {
    const x = extract(
      "Brannock said the ferry plan was too costly.",
      "The council met on the pier. The vote was delayed. Boats waited in the bay.",
      "“It will sink the harbour budget,” he said.",
    );
    expect(speakerOf(x, "sink the harbour budget")).toBeNull();
  });
});

describe("he/she within a sentence: its subject before a nearer object", () => {
  it("Amos Vint went after Tomas Weller when he called the plan “…”: Vint", () => {
    const x = extract(
      "Amos Vint went after Tomas Weller at the council meeting when he called the ferry plan “a slow disaster.”",
    );
    expect(speakerOf(x, "slow disaster")).toBe("Amos Vint");
  });
});

describe("he/she in a conversation: the previous quote's speaker", () => {
  const conversation = (between: string) =>
    extract(
      "“The cranes are idle,” said Brannock, a docker on the night shift.",
      "“The board has not listened for years.”",
      `“It meets in secret and keeps no minutes.”${between}`,
      "“Nobody listens to the dockers,” he added.",
    );

  it("“…,” said Brannock. / “…” / “…” / “…,” he added: Brannock, however far the pronoun", () => {
    const x = conversation("");
    expect(speakerOf(x, "meets in secret")).toBe("Brannock");
    expect(speakerOf(x, "Nobody listens")).toBe("Brannock");
  });

  it("stays unknown when a name between the quotes may bring another speaker", () => {
    const x = conversation(" Quillon shook his head.");
    expect(speakerOf(x, "Nobody listens")).toBeNull();
  });

  it("stays unknown when the pronoun's gender is not the earlier speaker's", () => {
    const x = extract(
      "“The cranes are idle,” said Ms. Brannock, a docker on the night shift.",
      "“The board has not listened for years.”",
      "“It meets in secret and keeps no minutes.”",
      "“Nobody listens to the dockers,” he added.",
    );
    expect(speakerOf(x, "Nobody listens")).toBeNull();
  });
});

describe("people by given name", () => {
  it("finds people who never speak, never a pronoun, weekday or a headline's words", () => {
    const x = extract(
      "Tomas Weller Announces Plan",
      "He met Maria Okafor on Thursday near the Ana Costa Foundation.",
    );
    const people = x.entities.filter((e) => e.kind === "person").map((e) => e.name);
    expect(people).toEqual(["Tomas Weller", "Maria Okafor"]);
  });

  it("an honorific's gender tells family members apart: Mrs. Roe is not Edward Roe", () => {
    const x = extract(
      "Former governor Edward Roe spoke first. Susan Roe followed him.",
      "“We will win,” Mrs. Roe said. Mr. Roe smiled.",
    );
    expect(speakerOf(x, "We will win")).toBe("Susan Roe");
    const edward = x.entities.find((e) => e.name === "Edward Roe");
    expect(edward?.mentions.map((m) => m.text)).toEqual(["Edward Roe", "Mr. Roe"]);
  });
});

describe("a leading cue after an opening clause and its asides", () => {
  it("reads past lowercase asides after an opening participle clause", () => {
    const x = extract(
      "Ivo Vint met the council on Monday.",
      "Asked why the board ignored the council’s demand, in the same harbour bill, that the " +
        "report list sites and costs, Vint responded, “You have found one more example of drift.”",
    );
    expect(speakerOf(x, "one more example of drift")).toBe("Ivo Vint");
  });
});
