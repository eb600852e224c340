import { describe, expect, it } from "vitest";
import { makeUnit } from "../../test/fixtures/alignment-gold/make-unit.ts";
import type { AlignUnit } from "../align/units.ts";
import { threadMainEvents } from "./thread-events.ts";

/** Units of a story: [articleIndex, text, people named]. */
function story(rows: [number, string, string[]][]): AlignUnit[] {
  return rows.map(([article, text, entities], index) => ({
    ...makeUnit(index, article, text, { entities: new Set(entities) }),
    position: index,
  }));
}

const main = (units: AlignUnit[], threads: (string | null)[]) =>
  threadMainEvents(
    units,
    threads,
    units.map((u) => [...u.entities]),
    // As the story's reading would: "treatment" nominalises "treat".
    (lemma, verb) => (verb ? lemma : lemma === "treatment" ? "treat" : null),
  ).map((e) => `${e.verb}:${e.who}:${e.units.map((u) => u.index).join(",")}`);

describe("threadMainEvents", () => {
  const rows: [number, string, string[]][] = [
    [0, "Orla Brandt thanked her friends.", ["E-orla"]],
    [0, "She checked into a clinic for alcohol treatment.", []],
    [1, "Orla Brandt thanked her fans.", ["E-orla"]],
    [1, "Her alcohol treatment at the clinic began quietly.", []],
    [1, "Tomas Vey praised the clinic and its alcohol treatment.", ["E-tomas"]],
  ];

  it("joins the statements that tell the thread's happening in different verbs", () => {
    expect(main(story(rows), ["E-orla", "E-orla"])).toEqual(["treat:E-orla:1,3"]);
  });

  it("leaves out a statement about someone else, and articles of other threads", () => {
    expect(main(story(rows), ["E-orla", "E-tomas"])).toEqual([]);
  });
});
