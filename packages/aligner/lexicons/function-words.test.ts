import { describe, expect, it } from "vitest";
import {
  ASIDE_PARTITIVE_WORDS,
  ASIDE_RELATIVES,
  CONDITION_OPENERS,
  FORMS_OF_BE,
  MODAL_VERBS,
  PARTITIVE_GROUP_WORDS,
  RELATIVE_PRONOUNS,
  RESULT_MODALS,
  STATE_VERB_FORMS,
  SUBJECT_RELATIVES,
  UNREALISED_MODALS,
} from "./function-words.ts";

describe("modal verbs: one vocabulary", () => {
  it("every narrower list of modals is a subset of MODAL_VERBS", () => {
    for (const list of [RESULT_MODALS, UNREALISED_MODALS])
      expect([...list].filter((word) => !MODAL_VERBS.has(word))).toEqual([]);
  });
});

describe("relative pronouns: one vocabulary", () => {
  it("every narrower list of relatives is a subset of RELATIVE_PRONOUNS", () => {
    for (const list of [SUBJECT_RELATIVES, ASIDE_RELATIVES])
      expect(list.filter((word) => !RELATIVE_PRONOUNS.includes(word))).toEqual([]);
  });

  it("the partitive group words are object pronouns, relatives or demonstratives", () => {
    const others = ["them", "those", "these"];
    expect(
      PARTITIVE_GROUP_WORDS.filter((w) => !others.includes(w) && !RELATIVE_PRONOUNS.includes(w)),
    ).toEqual([]);
    expect(ASIDE_PARTITIVE_WORDS.filter((w) => !PARTITIVE_GROUP_WORDS.includes(w))).toEqual([]);
  });
});

describe("state verb forms", () => {
  it("are finite forms of 'be', their perfect, or 'remain'", () => {
    const heads = STATE_VERB_FORMS.map((form) => form.replace(/^ha(?:ve|d) /, ""));
    expect(heads.filter((w) => !FORMS_OF_BE.has(w) && !/^remain/.test(w))).toEqual([]);
  });
});

describe("condition openers", () => {
  it("hold the modal 'should' of an inverted condition, which is a listed modal", () => {
    expect(CONDITION_OPENERS.filter((w) => MODAL_VERBS.has(w))).toEqual(["should"]);
  });
});
