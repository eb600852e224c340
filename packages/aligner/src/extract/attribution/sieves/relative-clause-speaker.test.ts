import { describe, expect, it } from "vitest";
import {
  entityKind,
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("relative-clause speaker: a quotation inside a relative clause naming its speaker", () => {
  it("the subject after what / which names the speaker of a verb of naming", () => {
    const x = extract(
      "Ada Lund and Ivo Vint toured the harbour on Monday.",
      "The council hoped to shed what Lund called “a reputation problem.”",
      "Vint backed the third plan, which Lund, for one, described as “a fig leaf.”",
      "A fourth option would be what Vint called a “let the docks decide” approach.",
    );
    expect(speakerOf(x, "a reputation problem")).toBe("Ada Lund");
    expect(speakerOf(x, "a fig leaf")).toBe("Ada Lund");
    expect(speakerOf(x, "let the docks decide")).toBe("Ivo Vint");
  });

  it("the subject's name after a description set off by commas, or after a person noun", () => {
    const x = extract(
      "Ada Lund and Ivo Vint toured the harbour on Monday.",
      "The view upends years of thinking on Orvalia, a country that the board's last chair, Ada Lund, called “our first rival.”",
      "The pier is tied to the port, one which Harbour College historian Ivo Vint calls “a founding stone of the town.”",
      "Much of the anger fell on the harbour master, who Lund on Wednesday called “a careless man.”",
    );
    expect(speakerOf(x, "our first rival")).toBe("Ada Lund");
    expect(speakerOf(x, "a founding stone")).toBe("Ivo Vint");
    expect(speakerOf(x, "a careless man")).toBe("Ada Lund");
  });

  it("abstains when the description holds a verb or the word before the name is no person noun", () => {
    const x = extract(
      "Ada Lund and Ivo Vint toured the harbour on Monday.",
      "It is a plan that the man who said it first, Ada Lund, called “a gift to the town.”",
      "It is a plan which Harbour College campus Ivo Vint calls “a gift to the docks.”",
    );
    expect(speakerOf(x, "a gift to the town")).toBeNull();
    expect(speakerOf(x, "a gift to the docks")).toBeNull();
  });

  it("the subject after an object “who” names the speaker of a verb of naming", () => {
    const x = extract(
      "Ada Lund and Ivo Vint toured the harbour on Monday.",
      "Much of the anger fell on the harbour master, who Lund on Wednesday called “a careless man.”",
    );
    expect(speakerOf(x, "a careless man")).toBe("Ada Lund");
  });

  it("the person before who speaks when the clause's verb is one of saying or judging", () => {
    const x = extract(
      "Ada Lund and Ivo Vint toured the harbour on Monday.",
      "The crowd cheered Lund, who has in the past described the plan as “a slow disaster.”",
      "Then came a reply from Vint, who wrote in a letter to the board, “We will not yield.”",
    );
    expect(speakerOf(x, "a slow disaster")).toBe("Ada Lund");
    expect(speakerOf(x, "We will not yield")).toBe("Ivo Vint");
  });

  it("the cue shown for such a quotation is the relative clause, from its who", () => {
    const paragraphs = [
      "Ada Lund and Ivo Vint toured the harbour on Monday.",
      "The crowd cheered Lund, who has in the past described the plan as “a slow disaster.”",
    ];
    const x = extract(...paragraphs);
    const body = paragraphs.join("\n\n");
    const cue = x.quotes.find((q) => q.text.includes("a slow disaster"))?.cue;
    expect(cue && body.slice(cue.start, cue.end).trim()).toBe(
      "who has in the past described the plan as",
    );
  });

  it("abstains when the clause's verb is no verb of saying, or the quotation is past it", () => {
    const x = extract(
      "Ada Lund and Ivo Vint toured the harbour on Monday.",
      "Vint is praising Lund, who ended her bid on Friday, as “a woman of her word.”",
      "Lund, who praised the plan, is “furious” about the delay.",
    );
    expect(speakerOf(x, "a woman of her word")).not.toBe("Ada Lund");
    expect(speakerOf(x, "furious")).toBeNull();
  });

  it("the person before who voices a phrase in the active predicate of any other verb", () => {
    const x = extract(
      "Ada Lund and Ivo Vint toured the harbour on Monday.",
      "Vint, who has postured himself as the “law and order candidate,” took a hard line on the pier.",
      "While she faced opposition, it was Lund who pressed for a costly “grand bargain” on the docks.",
    );
    expect(speakerOf(x, "law and order candidate")).toBe("Ivo Vint");
    expect(speakerOf(x, "grand bargain")).toBe("Ada Lund");
  });

  it("abstains on a passive, a title or a clause that is no subject relative", () => {
    const x = extract(
      "Ada Lund and Ivo Vint toured the harbour on Monday.",
      "The loss hurt Lund, who could be celebrating being dubbed the “presumptive nominee” by May.",
      "The crowd cheered Vint, who published “Harbour Nights,” a memoir.",
      "The crowd cheered Vint, who in a long and angry speech attacked the “harbour cartel” again.",
    );
    expect(speakerOf(x, "presumptive nominee")).toBeNull();
    expect(speakerOf(x, "Harbour Nights")).toBeNull();
    expect(speakerOf(x, "harbour cartel")).toBeNull();
  });

  it("a full name no given-name list holds speaks there as a new person", () => {
    const x = extract(
      "The port has long upset the guild, a town that the previous harbour nominee, Mitt Ravel, called “our worst neighbour.”",
      "The mayor went too far, uttering charges that Rush Tolliver, for one, called “dockside lingo.”",
      "Among the replies was this post from Rikkie Vantell who tweeted, “The ferry is late again.”",
    );
    expect(speakerOf(x, "our worst neighbour")).toBe("Mitt Ravel");
    expect(entityKind(x, "Mitt Ravel")).toBe("person");
    expect(speakerOf(x, "dockside lingo")).toBe("Rush Tolliver");
    expect(speakerOf(x, "The ferry is late")).toBe("Rikkie Vantell");
  });

  it("a name an organisation word ends is no new person; a name of another form, or a place, names no one", () => {
    const x = extract(
      "The dockers cheered the plan, which Velmar Institute, for one, called “a fair deal.”",
      "It was the pier that Quarrel called “a ruin.”",
      "It was the levy that New Dunmore called “a theft.”",
    );
    expect(speakerOf(x, "a fair deal")).toBe("Velmar Institute");
    expect(entityKind(x, "Velmar Institute")).toBe("organization");
    expect(speakerOf(x, "a ruin")).toBeNull();
    expect(speakerOf(x, "a theft")).toBeNull();
  });
});
