import { describe, expect, it } from "vitest";
import type { PolnearArticle } from "../datasets/polnear.ts";
import { resolveGoldSpeakers } from "./gold-speaker.ts";

/** A tiny article in PolNeAR's shape (invented text): sources located by their words. */
function article(text: string, sources: (string | null)[]): PolnearArticle {
  let cursor = 0;
  return {
    id: "fixture",
    publisher: "nyt",
    date: null,
    title: null,
    text,
    attributions: sources.map((source, i) => {
      let span = null;
      if (source !== null) {
        const start = text.indexOf(source, cursor);
        cursor = start + source.length;
        span = { start, end: start + source.length, text: source };
      }
      return { id: `E${i + 1}`, source: span, cue: null, content: [], direct: false };
    }),
  };
}

describe("resolveGoldSpeakers", () => {
  const text =
    "Club treasurer Ann Marlow said the vote was close. She added that it was fair. " +
    "Officials said little, as officials do. Dora Pell, who chairs the board, said nothing. They said more.";
  const speakers = resolveGoldSpeakers(
    article(text, ["Club treasurer Ann Marlow", "She", "Officials", "who", "They", null]),
  );

  it("reads a named source's name", () => {
    const s = speakers.get("E1");
    expect(s?.kind === "named" && s.name.text).toBe("Ann Marlow");
  });

  it("reads the person heading a source, not the body, place or age after it", () => {
    const heads = [
      "David Pell of the Norland Retail Federation",
      "Sen. Jo Marsh of Oregon",
      "Ryan Lee, 30, a machinist in Orrin Falls",
      "Ada Roe, Norland's vice president of policy in Europe",
      "Sen. Jo Marsh, Republican of Ohio and one of the few backers in Congress",
      "Former Secretary of State Ada Roe",
      "Ada Roe, Ben Pell and Cy Moss",
    ];
    const said = resolveGoldSpeakers(article(`${heads.join(" said. ")} said.`, heads));
    expect(
      heads.map((_, i) => {
        const s = said.get(`E${i + 1}`);
        return s?.kind === "named" ? s.name.text : null;
      }),
    ).toEqual([
      "David Pell",
      "Sen. Jo Marsh",
      "Ryan Lee",
      "Ada Roe",
      "Sen. Jo Marsh",
      "Former Secretary of State Ada Roe",
      "Cy Moss",
    ]);
  });

  it("gives a personal pronoun the nearest earlier named source", () => {
    const s = speakers.get("E2");
    expect(s?.kind === "antecedent" && s.via === "pronoun" && s.name.text).toBe("Ann Marlow");
  });

  it("gives 'who' the name right before it", () => {
    const s = speakers.get("E4");
    expect(s?.kind === "antecedent" && s.via === "who" && s.name.text).toBe("Dora Pell");
  });

  it("leaves descriptions, plural pronouns and missing sources unresolved", () => {
    expect(speakers.get("E3")).toEqual({ kind: "unresolved", reason: "description" });
    expect(speakers.get("E5")).toEqual({ kind: "unresolved", reason: "pronoun" });
    expect(speakers.get("E6")).toEqual({ kind: "unresolved", reason: "no source" });
  });

  it("leaves a pronoun with no named source before it unresolved", () => {
    const s = resolveGoldSpeakers(
      article("He said so. Ann Marlow said too.", ["He", "Ann Marlow"]),
    );
    expect(s.get("E1")).toEqual({ kind: "unresolved", reason: "no antecedent" });
  });

  it("passes over a source that is no person, or of the other gender, for he/she", () => {
    const s = resolveGoldSpeakers(
      article(
        "Tom Orrin said the vote was close. The Norland Institute said so too. He added more. " +
          "Mrs. Pell said little. He said more.",
        ["Tom Orrin", "The Norland Institute", "He", "Mrs. Pell", "He"],
      ),
    );
    const first = s.get("E3");
    expect(first?.kind === "antecedent" && first.name.text).toBe("Tom Orrin");
    const second = s.get("E5");
    expect(second?.kind === "antecedent" && second.name.text).toBe("Tom Orrin");
  });

  it("leaves he/she unresolved when another person is named between source and pronoun", () => {
    const s = resolveGoldSpeakers(
      article(
        "Tom Orrin said the vote was close. Ben Lusk, 55, runs the mill. He said it would close.",
        ["Tom Orrin", "He"],
      ),
    );
    expect(s.get("E2")).toEqual({ kind: "unresolved", reason: "no antecedent" });
  });

  /** The name each source of `text` reads as (null: unresolved). */
  function names(text: string, sources: string[]): (string | null)[] {
    const said = resolveGoldSpeakers(article(text, sources));
    return sources.map((_, i) => {
      const s = said.get(`E${i + 1}`);
      return s && s.kind !== "unresolved" ? s.name.text : null;
    });
  }

  it("leaves he/she unresolved after a later sentence names a speaker the gold names in full", () => {
    // "Tarquil" is in no given-name list: the gold naming "Tarquil Vint" as a source makes him one.
    const later =
      "Tarquil Vint told a reporter: “It will close.”\n\nVint was unmoved. “Wait,” he added.";
    expect(
      names(`Tom Roe said a mill would stay.\n\n${later}`, ["Tom Roe", "Tarquil Vint", "he"]),
    ).toEqual(["Tom Roe", "Tarquil Vint", null]);
  });

  it("keeps he/she on the antecedent with no other person, or the other in its own sentence", () => {
    const vint = "Tarquil Vint told a reporter a mill would close.\n\n";
    const sources = ["Tarquil Vint", "Tom Roe", "he"];
    for (const roe of ["Tom Roe said it would stay.", "Tom Roe said Vint was wrong."])
      expect(names(`${vint}${roe} “We shall see,” he added.`, sources)[2]).toBe("Tom Roe");
    // A body the gold names as a source is no person.
    const post =
      "Tom Roe said a mill would stay, the Castlebay Post reported.\n\nPost was unmoved.";
    expect(names(`${post} “Wait,” he added.`, ["Tom Roe", "Castlebay Post", "he"])[2]).toBe(
      "Tom Roe",
    );
  });

  it("ends a quotation with its paragraph when a quote runs on into the next", () => {
    const text =
      'Tom Roe said so. "One.\n"Two," he said. Ben Lusk, 55, runs a mill. "Three," he said.';
    expect(names(text, ["Tom Roe", "he", "he"])).toEqual(["Tom Roe", "Tom Roe", null]);
  });

  it("reads a surname that is also a given name by the given name written before it", () => {
    const said = "Shirley said it would stay";
    expect(names(`${said}; Tom Shirley runs a mill. “Wait,” he added.`, ["Shirley", "he"])).toEqual(
      ["Shirley", "Shirley"],
    );
    expect(names(`${said}. “Wait,” he added.`, ["Shirley", "he"])).toEqual(["Shirley", null]);
  });

  /** Each source said something, one sentence each: the name read, or null when unresolved. */
  function readings(sources: string[]): (string | null)[] {
    const said = resolveGoldSpeakers(article(`${sources.join(" said so. ")} said so.`, sources));
    return sources.map((_, i) => {
      const s = said.get(`E${i + 1}`);
      return s && s.kind !== "unresolved" ? s.name.text : null;
    });
  }

  it("reads a name in a modifier of a common or plural head as a description, not a speaker", () => {
    expect(
      readings([
        "Republicans on Norland Hill",
        "the dear partners of Tom Castlebay in Castlebay",
        "a woman in Castlebay Falls, Norland,",
        "Aides to Mr. Pell",
        "A spokesman for Norland mayoral candidate Ada Roe",
        "the front page of the Norland Herald",
        "Supporters in the crowd of about 2,600",
        "73 percent of Norlanders",
        "The former secretary of State",
        "the Director of the Norland Bureau",
        "Young Democrats in Castlebay",
        "The Norland Museum in Castlebay",
        "Tarquil Vint of the Castlebay Group, a consulting firm",
      ]),
    ).toEqual(Array(13).fill(null));
  });

  it("keeps the name a modifier cannot take: an agent, a title before a name, an appositive", () => {
    expect(
      readings([
        "a survey by Norland Polling",
        "former secretary of state Ada Roe",
        "master of ceremonies Ada Roe",
        "the director of the Norland Fund, Ada Roe,",
      ]),
    ).toEqual(["Norland Polling", "Ada Roe", "Ada Roe", "Ada Roe"]);
  });

  it("reads no name out of an indefinite noun phrase, a number, a quoted title or a relative clause", () => {
    expect(
      readings([
        "an influential Norland Democrat",
        "another Castlebay Republican",
        "About four in 10",
        'Ada Roe\'s book "Letters for the Norland Fund"',
        "The delegate and activist, who backs Ada Roe",
        "an angry Roe",
        "Norlanders who backed the plan",
      ]),
    ).toEqual([null, null, null, null, null, "Roe", null]);
    expect(readings(["Sen. Jo Marsh who represents Castlebay Falls"])).toEqual(["Sen. Jo Marsh"]);
  });

  it("reads a pronoun with a verb leaning on it as the pronoun", () => {
    const s = resolveGoldSpeakers(article("We’ve seen it before.", ["We’ve"]));
    expect(s.get("E1")).toEqual({ kind: "unresolved", reason: "pronoun" });
  });

  it("gives 'who' the person an appositive before it describes, not a name inside it", () => {
    const whos = [
      "“It is late,” said Tarquil Vint, the director of the Norland Fund, who left.",
      "“It is late,” said Ada Roe, a teacher and an influential Norland Democrat who left.",
      "“It is late,” said Ada Roe, a teacher from Castlebay, Norland, who left.",
      "“It is late,” said Senator Ada Roe, Democrat of Castlebay, who left.",
      "While he faced opposition from Norlanders, it was Ada Roe who left.",
      "It is awkward for Ada Roe, who left.",
    ];
    const names = whos.map((text) => {
      const s = resolveGoldSpeakers(article(text, ["who"])).get("E1");
      return s?.kind === "antecedent" ? s.name.text : null;
    });
    expect(names).toEqual([
      "Tarquil Vint",
      "Ada Roe",
      "Ada Roe",
      "Senator Ada Roe",
      "Ada Roe",
      "Ada Roe",
    ]);
  });
});
