import { describe, expect, it } from "vitest";
import { makeUnit } from "../../test/fixtures/alignment-gold/make-unit.ts";
import type { AlignUnit } from "../align/units.ts";
import { BROAD_SIGNATURE_SHARE, threadMainEvents } from "./thread-events.ts";

/** Units of a story: [articleIndex, text, people named]. */
function story(rows: [number, string, string[]][]): AlignUnit[] {
  return rows.map(([article, text, entities], index) => ({
    ...makeUnit(index, article, text, { entities: new Set(entities) }),
    position: index,
  }));
}

const main = (units: AlignUnit[], threads: (string | null)[], share?: number) =>
  threadMainEvents(
    units,
    threads,
    units.map((u) => [...u.entities]),
    // As the story's reading would: "treatment" nominalises "treat".
    (lemma, verb) => (verb ? lemma : lemma === "treatment" ? "treat" : null),
    share,
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

  it("in the broad reading, takes as signature only words nearly every article of a thread uses", () => {
    const told: [number, string, string[]][] = [0, 1, 2, 3, 4].map((article) => [
      article,
      "She checked into a clinic for alcohol treatment.",
      [],
    ]);
    const other: [number, string, string[]][] = [5, 6].map((article) => [
      article,
      "Orla Brandt thanked her fans.",
      ["E-orla"],
    ]);
    // Five of seven articles: 71%, enough in the narrow reading, too few in the broad one.
    const threads = new Array(7).fill("E-orla");
    expect(main(story([...told, ...other]), threads, BROAD_SIGNATURE_SHARE)).toEqual([]);
    expect(main(story([...told, ...other]), threads)).toHaveLength(1);
    // Six of seven: 86%.
    const six: [number, string, string[]][] = [
      ...told,
      [5, told[0]?.[1] ?? "", []],
      [6, "Orla Brandt thanked her fans.", ["E-orla"]],
    ];
    expect(main(story(six), threads, BROAD_SIGNATURE_SHARE)).toEqual(["check:E-orla:0,1,2,3,4,5"]);
  });
});
