import { describe, expect, it } from "vitest";
import { makeUnit } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import { contentLemmas } from "../../align/lemmas.ts";
import { quoteWordings } from "../../align/unit-quotes.ts";
import type { UnitQuote } from "../../align/units.ts";
import type { ConflictContext } from "../guards.ts";
import { speakerConflicts, speakerFindings } from "./findings.ts";

const context: ConflictContext = {
  similarity: () => 0.1,
  entityName: (id) => id.replace("E-", ""),
};

function quote(
  text: string,
  speaker: string | null,
  named: boolean,
  readBack: UnitQuote["pronoun"] | false = false,
): UnitQuote {
  return {
    lemmas: contentLemmas(text),
    wordCount: (text.match(/\p{L}{3,}/gu) ?? []).length,
    words: (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(" "),
    speaker,
    named,
    readBack: readBack !== false,
    pronoun: readBack === false ? null : readBack,
  };
}

const REMARK = "The harbour bridge will reopen to traffic before the winter storms";

describe("speakerFindings", () => {
  it("takes two remarks about one person, sharing a name and common words, as two", () => {
    const named = (text: string, speaker: string) => ({
      ...quote(text, speaker, true),
      nameLemmas: quoteWordings()(text).nameLemmas,
    });
    const one = makeUnit(0, 0, "x", {
      quotes: [named("The other trustees are not able to beat Ivo Vint", "E-Ada Lund")],
    });
    const two = makeUnit(1, 1, "x", {
      quotes: [
        named(
          "If you want somebody who is going to beat Ivo Vint, who is going to beat the other wardens, I think Tarquil Vey is that trustee",
          "E-Tarquil Vey",
        ),
      ],
    });
    expect(speakerFindings([one, two], context)).toEqual([]);
    // The same remark in both, names and all, stays one remark credited to two people.
    const same = makeUnit(2, 2, "x", {
      quotes: [named("The other trustees are not able to beat Ivo Vint", "E-Tarquil Vey")],
    });
    expect(speakerFindings([one, same], context)).toHaveLength(1);
  });

  it("credits no outer speaker with words quoted inside the quotation", () => {
    const inspector = makeUnit(0, 0, "x", { quotes: [quote(REMARK, "E-Ada Quill", true)] });
    const repeated = makeUnit(1, 1, `“Sad! ‘${REMARK}.’ Not true!”`, {
      quotes: [quote(`Sad! ${REMARK}. Not true!`, "E-Nora Venn", true)],
    });
    expect(speakerFindings([inspector, repeated], context)).toEqual([]);
    const own = makeUnit(2, 2, `“Sad! ${REMARK}. Not true!”`, {
      quotes: [quote(`Sad! ${REMARK}. Not true!`, "E-Nora Venn", true)],
    });
    expect(speakerFindings([inspector, own], context)).toHaveLength(1);
  });

  it("reads the quotation credited to each person, in a statement quoting two people", () => {
    // "…," Mayor Ada Quill said, while engineer Tom Reyes said the cables "held up well".
    const both = makeUnit(0, 0, "x", {
      quotes: [
        quote(REMARK, "E-Ada Quill", true),
        quote("the cables held up well", "E-Tom Reyes", true),
      ],
    });
    const other = makeUnit(1, 1, "x", { quotes: [quote(REMARK, "E-Nora Venn", true)] });
    const [finding, ...rest] = speakerFindings([both, other], context);
    expect(rest).toEqual([]);
    expect(finding?.conflict.values.map((v) => v.text)).toEqual(["Ada Quill", "Nora Venn"]);
  });

  it("lists an outlet quoting part of the words, through a pronoun, in the row only", () => {
    const mayor = makeUnit(0, 0, "x", { quotes: [quote(REMARK, "E-Ada Quill", true)] });
    const moved = makeUnit(1, 1, "x", { quotes: [quote(REMARK, "E-Nora Venn", true)] });
    // "She said the bridge would "reopen to traffic"": part of the remark, credited through "she".
    const part = makeUnit(2, 2, "x", {
      quotes: [quote("reopen to traffic", "E-Ada Quill", false)],
    });
    const [finding] = speakerFindings([mayor, moved, part], context);
    expect(finding?.conflict.values.map((v) => v.text)).toEqual([
      "Ada Quill",
      "Nora Venn",
      "Ada Quill",
    ]);
    // A part alone, or a pronoun alone, decides nothing.
    expect(speakerFindings([part, moved], context)).toEqual([]);
    const pronoun = makeUnit(3, 2, "x", { quotes: [quote(REMARK, "E-Ada Quill", false)] });
    expect(speakerFindings([pronoun, moved], context)).toEqual([]);
  });

  it("takes a quoted phrase of five words inside the other quotation as the same words", () => {
    const coach = makeUnit(0, 0, "x", {
      quotes: [quote("In the end we all agreed that this was the right call", "E-Ada Quill", true)],
    });
    const phrase = makeUnit(1, 1, "x", {
      quotes: [quote("agreed this was the right call", "E-Nora Venn", true)],
    });
    expect(speakerFindings([coach, phrase], context)).toHaveLength(1);
    // A three-word phrase with two content words is too short to be one remark.
    const title = makeUnit(2, 1, "x", { quotes: [quote("the right call", "E-Nora Venn", true)] });
    expect(speakerFindings([coach, title], context)).toEqual([]);
  });

  it("is silent when the two articles tell different events", () => {
    const mayor = makeUnit(0, 0, "x", { quotes: [quote(REMARK, "E-Ada Quill", true)] });
    const moved = makeUnit(1, 1, "x", { quotes: [quote(REMARK, "E-Nora Venn", true)] });
    const apart: ConflictContext = {
      ...context,
      articles: { between: () => 0.1, typical: 0.6 },
    };
    expect(speakerFindings([mayor, moved], apart)).toEqual([]);
  });
  it("takes a short remark quoted word for word as one remark, few content words or not", () => {
    const line = "Could they have won it without her?";
    const coach = makeUnit(0, 0, "x", { quotes: [quote(line, "E-Ada Quill", true)] });
    const moved = makeUnit(1, 1, "x", { quotes: [quote(line, "E-Nora Venn", true)] });
    const [finding] = speakerFindings([coach, moved], context);
    expect(finding?.conflict.values.map((v) => v.text)).toEqual(["Ada Quill", "Nora Venn"]);
    // Too short to be one remark: "No." twice is no evidence.
    const no = (index: number, who: string) =>
      makeUnit(index, index, "x", { quotes: [quote("No, not at all.", who, true)] });
    expect(speakerFindings([no(0, "E-Ada Quill"), no(1, "E-Nora Venn")], context)).toEqual([]);
  });

  it("takes a sentence of seven words or more quoted word for word as one remark, short words counted", () => {
    // Four words of three letters or more, two content words: one sentence all the same.
    const line = "We had no idea where it went";
    const pastor = makeUnit(0, 0, "x", { quotes: [quote(line, "E-Ada Quill", true)] });
    const moved = makeUnit(1, 1, "x", { quotes: [quote(line, "E-Nora Venn", true)] });
    const [finding] = speakerFindings([pastor, moved], context);
    expect(finding?.conflict.values.map((v) => v.text)).toEqual(["Ada Quill", "Nora Venn"]);
    // Six words, or the same seven words with one content word, are too little to tell one remark.
    const six = (index: number, who: string) =>
      makeUnit(index, index, "x", { quotes: [quote("We had no idea at all", who, true)] });
    expect(speakerFindings([six(0, "E-Ada Quill"), six(1, "E-Nora Venn")], context)).toEqual([]);
    const one = (index: number, who: string) =>
      makeUnit(index, index, "x", { quotes: [quote("It is not what we had in mind", who, true)] });
    expect(speakerFindings([one(0, "E-Ada Quill"), one(1, "E-Nora Venn")], context)).toEqual([]);
  });

  it("holds a speaker read back through he or she to the last person named against a named one", () => {
    const mayor = makeUnit(0, 0, "x", { quotes: [quote(REMARK, "E-Ada Quill", true)] });
    // "Ada Quill spoke at the pier.¶ "The harbour bridge will reopen …," she said."
    const readBack = makeUnit(1, 1, "x", { quotes: [quote(REMARK, "E-Nora Venn", false, "she")] });
    const [finding] = speakerFindings([mayor, readBack], context);
    expect(finding?.conflict.values.map((v) => v.text)).toEqual(["Ada Quill", "Nora Venn"]);
    // Two speakers read back decide nothing; nor does "he said" read back to a woman.
    const other = makeUnit(2, 2, "x", { quotes: [quote(REMARK, "E-Tom Reyes", false, "he")] });
    expect(speakerFindings([readBack, other], context)).toEqual([]);
    const he = makeUnit(3, 1, "x", { quotes: [quote(REMARK, "E-Nora Venn", false, "he")] });
    expect(speakerFindings([mayor, he], context)).toEqual([]);
  });

  it("holds a read-back speaker only to a quotation of about the same extent", () => {
    const long = makeUnit(0, 0, "x", {
      quotes: [
        quote(
          "After the crew checked the cables, the engineers agreed the bridge held and traffic returned",
          "E-Ada Quill",
          true,
        ),
      ],
    });
    // Three of its words quoted back through "he said" are too few to hold the pronoun to.
    const few = makeUnit(1, 1, "x", {
      quotes: [quote("the bridge held", "E-Tom Reyes", false, "he")],
    });
    expect(speakerFindings([long, few], context)).toEqual([]);
  });

  it("lists an outlet quoting the remark with a word more in the row", () => {
    const mayor = makeUnit(0, 0, "x", { quotes: [quote(REMARK, "E-Ada Quill", true)] });
    const moved = makeUnit(1, 1, "x", { quotes: [quote(REMARK, "E-Nora Venn", true)] });
    const more = makeUnit(2, 2, "x", {
      quotes: [quote(`As planned last month, ${REMARK}`, "E-Ada Quill", false)],
    });
    const [finding] = speakerFindings([mayor, moved, more], context);
    expect(finding?.units.map((u) => u.articleIndex)).toEqual([0, 1, 2]);
  });
});

describe("speakerFindings: two confidently resolved speakers of one remark", () => {
  it("flags the words credited to two people named at the attribution, not to two unnamed", () => {
    const named = (i: number, who: string, atAttribution: boolean) =>
      makeUnit(i, i, "x", { quotes: [quote(REMARK, who, atAttribution)] });
    expect(
      speakerFindings([named(0, "E-Ada Quill", true), named(1, "E-Tom Reyes", true)], context).map(
        (f) => f.conflict.values.map((v) => v.text),
      ),
    ).toEqual([["Ada Quill", "Tom Reyes"]]);
    expect(
      speakerFindings([named(0, "E-Ada Quill", false), named(1, "E-Tom Reyes", false)], context),
    ).toEqual([]);
  });
});

/** Any two statements read as alike, so only the speakers decide. */
const alike: ConflictContext = { similarity: () => 0.9, entityName: (id) => id.replace("E-", "") };
const contentLemmasOf = (text: string) => [...contentLemmas(text)];

describe("speakerConflicts", () => {
  it("names each outlet's speaker of the same words", () => {
    const words = contentLemmasOf("We made substantial progress on most issues");
    const a = makeUnit(0, 0, "x", {
      speakers: new Set(["E-Ada Lindqvist"]),
      namedSpeakers: new Set(["E-Ada Lindqvist"]),
      quoteLemmas: words,
    });
    const b = makeUnit(1, 1, "x", {
      speakers: new Set(["E-Ivo Vint"]),
      namedSpeakers: new Set(["E-Ivo Vint"]),
      quoteLemmas: words,
    });
    const [conflict] = speakerConflicts([a, b], alike);
    expect(conflict?.kind).toBe("speaker");
    expect(conflict?.values.map((v) => v.text)).toEqual(["Ada Lindqvist", "Ivo Vint"]);
    expect(conflict?.evidence?.[0]?.kind).toBe("quote");
  });

  it("is silent when one side's speaker is only read back through a pronoun, or two spellings of one name", () => {
    const words = contentLemmasOf("We made substantial progress on most issues");
    const a = makeUnit(0, 0, "x", {
      speakers: new Set(["E-Ada Lindqvist"]),
      namedSpeakers: new Set(["E-Ada Lindqvist"]),
      quoteLemmas: words,
    });
    const pronoun = makeUnit(1, 1, "x", { speakers: new Set(["E-Vint"]), quoteLemmas: words });
    expect(speakerConflicts([a, pronoun], alike)).toEqual([]);
    const spelling = makeUnit(2, 1, "x", {
      speakers: new Set(["E-Ada Lindquist"]),
      namedSpeakers: new Set(["E-Ada Lindquist"]),
      quoteLemmas: words,
    });
    expect(speakerConflicts([a, spelling], alike)).toEqual([]);
  });

  it("is silent unless both speakers are people: known by a full name, or by the story's kind", () => {
    const words = contentLemmasOf("We are treating the depot fire as possible arson");
    const quoting = (index: number, id: string) =>
      makeUnit(index, index, "x", {
        speakers: new Set([id]),
        namedSpeakers: new Set([id]),
        quoteLemmas: words,
      });
    const chief = quoting(0, "E-Dora Pell");
    expect(speakerConflicts([chief, quoting(1, "E-Authorities")], alike)).toEqual([]);
    const company = { ...alike, isPerson: (id: string) => id !== "E-Harbour Gazette" };
    expect(speakerConflicts([chief, quoting(1, "E-Harbour Gazette")], company)).toEqual([]);
    expect(speakerConflicts([chief, quoting(1, "E-Amos Vint")], company)).toHaveLength(1);
    // "…," said Vint, of a person no outlet names in full: the story's kind reads him as a person,
    // and a lone word it does not ("…," Authorities said) stays out.
    const people = { ...alike, isPerson: (id: string) => id === "E-Dora Pell" || id === "E-Vint" };
    expect(speakerConflicts([chief, quoting(1, "E-Vint")], people)).toHaveLength(1);
    expect(speakerConflicts([chief, quoting(1, "E-Authorities")], people)).toEqual([]);
  });
});

describe("speakerFindings refusals", () => {
  /** The speakers of some statements read with a sink: the guards it heard. */
  const heard = (units: Parameters<typeof speakerFindings>[0], base = context) => {
    const guards: string[] = [];
    const findings = speakerFindings(units, { ...base, refused: (r) => guards.push(r.guard) });
    return { findings, guards };
  };

  it("names the guard that refused two outlets' speakers: two alike events", () => {
    const mayor = makeUnit(0, 0, "x", { quotes: [quote(REMARK, "E-Ada Quill", true)] });
    const moved = makeUnit(1, 1, "x", { quotes: [quote(REMARK, "E-Nora Venn", true)] });
    const apart = { ...context, articles: { between: () => 0.1, typical: 0.6 } };
    expect(heard([mayor, moved], apart)).toEqual({ findings: [], guards: ["speaker:sameEvent"] });
  });

  it("tells the pair it reports as found, and the same finding as without a sink", () => {
    const mayor = makeUnit(0, 0, "x", { quotes: [quote(REMARK, "E-Ada Quill", true)] });
    const moved = makeUnit(1, 1, "x", { quotes: [quote(REMARK, "E-Nora Venn", true)] });
    const { findings, guards } = heard([mayor, moved]);
    expect(guards).toEqual(["speaker:found"]);
    expect(findings).toEqual(speakerFindings([mayor, moved], context));
  });
});

describe("speakerFindings: a few quoted words are the same words only together, in order", () => {
  it("credits no scattered words of a longer quotation ('think … the right thing')", () => {
    const short = makeUnit(0, 0, "x", {
      quotes: [quote("I think they'll do the right thing", "E-Ada Quill", true)],
    });
    const long = makeUnit(1, 1, "x", {
      quotes: [
        quote(
          "We'll think very clearly about it and we'll do the right thing and explain it",
          "E-Nora Venn",
          true,
        ),
      ],
    });
    expect(speakerFindings([short, long], context)).toEqual([]);
  });

  it("still credits the few words quoted together inside a longer quotation", () => {
    const short = makeUnit(0, 0, "x", {
      quotes: [quote("they will do the right thing", "E-Ada Quill", true)],
    });
    const long = makeUnit(1, 1, "x", {
      quotes: [
        quote(
          "We know they will do the right thing and explain it to the harbour",
          "E-Nora Venn",
          true,
        ),
      ],
    });
    const [finding] = speakerFindings([short, long], context);
    expect(finding?.conflict.values.map((v) => v.text)).toEqual(["Ada Quill", "Nora Venn"]);
  });

  it("takes one remark naming its people in another order as the same words, three other words at least", () => {
    const named = (text: string, speaker: string) => ({
      ...quote(text, speaker, true),
      nameLemmas: quoteWordings()(text).nameLemmas,
    });
    const spokesman = makeUnit(0, 0, "x", {
      quotes: [
        named(
          "If you don't want Ivo Vint or Ada Roe as the chair, you better get on board with Tam Oyle",
          "E-Pell Garrow",
        ),
      ],
    });
    const moved = makeUnit(1, 1, "x", {
      quotes: [
        named(
          "It's a three-way race now. If you don't want Roe or Vint to be the chair, you better get on board with Tam Oyle.",
          "E-Ivo Vint",
        ),
      ],
    });
    const [finding] = speakerFindings([spokesman, moved], context);
    expect(finding?.conflict.values.map((v) => v.text)).toEqual(["Pell Garrow", "Ivo Vint"]);
    // Two words besides the names are too few to tell one remark from two about the same people.
    const short = makeUnit(2, 2, "x", {
      quotes: [named("Ivo Vint and Ada Roe lost the vote", "E-Pell Garrow")],
    });
    const other = makeUnit(3, 3, "x", {
      quotes: [named("Roe and Vint lost the vote, as we all expected", "E-Tam Oyle")],
    });
    expect(speakerFindings([short, other], context)).toEqual([]);
  });
});
