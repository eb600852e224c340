import { describe, expect, it } from "vitest";
import {
  CLAUSE_REPORTING_VERB_FORMS,
  REPORTING_VERB_FORMS,
  SPEECH_DATING_FORMS,
  TELLING_FORMS,
} from "./reporting-verbs.ts";

describe("reporting verbs: one vocabulary", () => {
  it("every form the cue reader scans for is a form of a listed reporting verb", () => {
    const all = new Set(REPORTING_VERB_FORMS.trim().split(/\s+/));
    const missing = CLAUSE_REPORTING_VERB_FORMS.trim()
      .split(/\s+/)
      .filter((form) => !all.has(form));
    expect(missing).toEqual([]);
  });

  it("every form a report is dated by is a form of a listed reporting verb", () => {
    const all = new Set(REPORTING_VERB_FORMS.trim().split(/\s+/));
    expect(TELLING_FORMS.split("|").filter((form) => !all.has(form))).toEqual([]);
  });

  it("every form a date of speech follows is a form of a listed reporting verb", () => {
    const all = new Set(REPORTING_VERB_FORMS.trim().split(/\s+/));
    expect(SPEECH_DATING_FORMS.split("|").filter((form) => !all.has(form))).toEqual([]);
  });
});
