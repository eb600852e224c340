import { describe, expect, it } from "vitest";
import { handBuiltArticle } from "../../../test/fixtures/extraction-gold/hand-built-article.ts";
import { compareStory } from "../../compare-story.ts";

// An invented story told by three outlets; in the third, the council chair's remark is credited to
// the harbour master instead, in each way an outlet words an attribution.
const OPENING =
  "The Harbour Council voted on Monday to close the old ferry pier in Norrvik after a storm damaged its pilings.";
const REMARK = "We cannot ask families to walk on a pier that is falling into the sea";
const HERALD = `${OPENING}\n\nCouncil chair Ada Lund said the pier had been unsafe for months.\n\n"${REMARK}," Lund said.\n\nRepairs would cost more than the council can pay, officials said.`;
const LEDGER = `${OPENING}\n\nAda Lund, the council's chair, spoke after the vote.\n\n"${REMARK}," she said.\n\nHarbour master Ivo Vint said the ferry would use the new quay.\n\nThe pier will be fenced off this week.`;
const LOWER = REMARK.charAt(0).toLowerCase() + REMARK.slice(1);

const MOVED: Record<string, string> = {
  "the attribution after the quotation": `"${REMARK}," Ivo Vint told reporters.`,
  "the verb before the name": `"${REMARK}," said Ivo Vint, the harbour master.`,
  "the attribution before the quotation": `Ivo Vint said: "${REMARK}."`,
  "the attribution inside the quotation": `"We cannot ask families," Ivo Vint said, "to walk on a pier that is falling into the sea."`,
  "according to": `According to Ivo Vint, "${LOWER}."`,
  "a partial quotation": `Ivo Vint said the council must not ask families "to walk on a pier that is falling into the sea."`,
  "an appositive after the name": `"${REMARK}," Ivo Vint, the harbour master, said on Tuesday.`,
  "an appositive before the quotation": `Ivo Vint, the harbour master, said on Tuesday: "${REMARK}."`,
  "a title before the name": `"${REMARK}," said harbour master Ivo Vint.`,
  "two speakers in one statement": `"${REMARK}," Ivo Vint said, while Omar Pell said "the vote came too late."`,
  "a partial quotation of six words": `Ivo Vint said the pier was "a pier that is falling into the sea."`,
  "a quotation running on from the attribution": `"The vote was hard for all of us," Ivo Vint said at the town hall after the vote.\n\n"${REMARK}."`,
  "a surname named earlier": `Harbour master Ivo Vint attended the vote.\n\n"${REMARK}," Vint said.`,
  "a longer quotation": `"${REMARK}, and we will not wait for the next storm to prove it," Ivo Vint said.`,
  "the remark in two sentences": `"We cannot ask families to walk on a pier," Ivo Vint said. "It is falling into the sea."`,
};

function speakerRows(moved: string, herald = HERALD, ledger = LEDGER): string[][] {
  const articles = [
    handBuiltArticle(herald, "Coast Herald"),
    handBuiltArticle(ledger, "Daily Ledger"),
    handBuiltArticle(
      `${OPENING}\n\nThe vote was close.\n\n${moved}\n\nThe pier will be demolished next year.`,
      "Metro Wire",
    ),
  ];
  const outlet = new Map(articles.map((a) => [a.id, a.outlet.name] as const));
  return compareStory(articles)
    .groups.flatMap((g) => g.conflicts)
    .filter((k) => k.kind === "speaker")
    .map((k) => k.values.map((v) => `${outlet.get(v.articleId)}: ${v.text}`).sort());
}

describe("a quotation credited to another person of the story", () => {
  for (const [form, moved] of Object.entries(MOVED)) {
    it(`is a speaker conflict naming every outlet: ${form}`, () => {
      expect(speakerRows(moved)).toEqual([
        ["Coast Herald: Ada Lund", "Daily Ledger: Ada Lund", "Metro Wire: Ivo Vint"],
      ]);
    });
  }

  it("is none when the third outlet credits the remark to the chair too", () => {
    expect(speakerRows(`"${REMARK}," Ada Lund said after the vote.`)).toEqual([]);
  });

  it("is none when another person is named between the attribution and a quotation running on", () => {
    const moved = `"The vote was hard for all of us," Ivo Vint said after a speech by Ada Lund.\n\n"${REMARK}."`;
    expect(speakerRows(moved)).toEqual([]);
  });

  it("is a speaker conflict for a remark of common words only, in statements of no other word", () => {
    const remark = "If there was any more I could do for you, I would";
    const herald = `${OPENING}\n\n"${remark}," Lund said.`;
    const ledger = `${OPENING}\n\n"${remark}," said Ada Lund, the council's chair.`;
    expect(speakerRows(`"${remark}," Ivo Vint said.`, herald, ledger)).toEqual([
      ["Coast Herald: Ada Lund", "Daily Ledger: Ada Lund", "Metro Wire: Ivo Vint"],
    ]);
    // Credited through "the chair said" to the person named just before it.
    const readBack = `${OPENING}\n\nCouncil chair Ada Lund spoke after the vote.\n\n"${remark}," the chair said.`;
    const pronoun = `${OPENING}\n\nAda Lund chaired the vote.\n\n"${remark}," she said.`;
    expect(speakerRows(`"${remark}," Ivo Vint said.`, pronoun, readBack)).toEqual([
      ["Coast Herald: Ada Lund", "Daily Ledger: Ada Lund", "Metro Wire: Ivo Vint"],
    ]);
    // A short remark of common words ("We will see about that") is no one's for sure.
    const short = "We will see";
    expect(
      speakerRows(
        `"${short}," Ivo Vint said.`,
        `${OPENING}\n\n"${short}," Lund said.`,
        `${OPENING}\n\n"${short}," said Ada Lund.`,
      ),
    ).toEqual([]);
  });
});
