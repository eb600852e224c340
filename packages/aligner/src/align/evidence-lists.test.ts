import type { Evidence } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { evidenceLists } from "./evidence-lists.ts";

const item = (kind: Evidence["kind"], label: string, weight: number): Evidence => ({
  kind,
  label,
  weight,
});

describe("evidenceLists", () => {
  it("gives one shared list for equal lists, built from fresh items", () => {
    const shared = evidenceLists();
    const first = shared([item("entity", "Mira Tolle", 0.11), item("speaker", "Mira Tolle", 0.08)]);
    const second = shared([
      item("entity", "Mira Tolle", 0.11),
      item("speaker", "Mira Tolle", 0.08),
    ]);
    expect(second).toBe(first);
    expect(first).toEqual([
      item("entity", "Mira Tolle", 0.11),
      item("speaker", "Mira Tolle", 0.08),
    ]);
  });

  it("keeps lists apart that differ in an item's kind, label, weight or order", () => {
    const shared = evidenceLists();
    const base = shared([item("entity", "Port Vell", 0.1), item("date", "2031-04-02", 0.05)]);
    const lists = [
      [item("speaker", "Port Vell", 0.1), item("date", "2031-04-02", 0.05)],
      [item("entity", "Port Vella", 0.1), item("date", "2031-04-02", 0.05)],
      [item("entity", "Port Vell", 0.12), item("date", "2031-04-02", 0.05)],
      [item("date", "2031-04-02", 0.05), item("entity", "Port Vell", 0.1)],
      [item("entity", "Port Vell", 0.1)],
    ].map(shared);
    for (const list of lists) expect(list).not.toBe(base);
    expect(lists[3]).toEqual([item("date", "2031-04-02", 0.05), item("entity", "Port Vell", 0.1)]);
    expect(lists[4]).toEqual([item("entity", "Port Vell", 0.1)]);
  });

  it("shares one item between the lists that hold it", () => {
    const shared = evidenceLists();
    const one = shared([item("figure", "$40 million", 0.09)]);
    const two = shared([item("figure", "$40 million", 0.09), item("quote", "quoted words", 0.04)]);
    expect(two[0]).toBe(one[0]);
  });

  it("does not share across comparisons", () => {
    const list = [item("lexical", "harbour, toll", 0.3)];
    expect(evidenceLists()(list)).not.toBe(evidenceLists()(list));
  });
});
