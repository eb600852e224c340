import { describe, expect, it } from "vitest";
import { MODAL_VERBS, RESULT_MODALS, UNREALISED_MODALS } from "./function-words.ts";

describe("modal verbs: one vocabulary", () => {
  it("every narrower list of modals is a subset of MODAL_VERBS", () => {
    for (const list of [RESULT_MODALS, UNREALISED_MODALS])
      expect([...list].filter((word) => !MODAL_VERBS.has(word))).toEqual([]);
  });
});
