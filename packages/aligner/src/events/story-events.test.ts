import type { Figure } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { makeUnit, unresolvedWeekdays } from "../../test/fixtures/alignment-gold/make-unit.ts";
import type { AlignUnit } from "../align/units.ts";
import { storyEvents } from "./story-events.ts";

const PLACES = new Set(["P-harbour"]);
const context = { isPlace: (id: string) => PLACES.has(id) };

/** Units of a story: [articleIndex, text, story entity ids named, speakers]. */
function story(rows: [number, string, string[], string[]?][]): AlignUnit[] {
  return rows.map(([article, text, entities, speakers], index) => ({
    ...makeUnit(index, article, text, {
      entities: new Set([...entities, ...(speakers ?? [])]),
      speakers: new Set(speakers ?? []),
    }),
    position: index,
  }));
}

const actions = (units: AlignUnit[]) =>
  storyEvents(units, context).map((e) => `${e.action}:${e.participants[0]}:${e.units.join(",")}`);

describe("storyEvents", () => {
  it("joins a verb and its noun across articles into one event of one person", () => {
    const units = story([
      [0, "Orla Brandt resigned as chair on Monday.", ["E-orla"]],
      [1, "The resignation of Orla Brandt was announced late.", ["E-orla"]],
    ]);
    expect(actions(units)).toEqual(["resign:E-orla:0,1"]);
  });

  it("keeps checking out of a clinic apart from checking into it", () => {
    const units = story([
      [0, "Orla Brandt checked into the Harbour Clinic on Monday.", ["E-orla"]],
      [1, "Orla Brandt entered the Harbour Clinic for treatment.", ["E-orla"]],
      [2, "Orla Brandt checked out of the Harbour Clinic after a month.", ["E-orla"]],
    ]);
    expect(actions(units)).toContain("enter:E-orla:0,1");
    expect(actions(units).filter((a) => a.startsWith("enter:"))).toEqual(["enter:E-orla:0,1"]);
  });

  it("keeps two people's similar happenings apart", () => {
    const units = story([
      [0, "Orla Brandt resigned as chair on Monday.", ["E-orla"]],
      [1, "Orla Brandt resigned after the vote.", ["E-orla"]],
      [2, "Tomas Vey resigned as treasurer.", ["E-tomas"]],
      [3, "Tomas Vey resigned in a short letter.", ["E-tomas"]],
    ]);
    expect(actions(units)).toEqual(["resign:E-orla:0,1", "resign:E-tomas:2,3"]);
  });

  it("gives a statement naming nobody its article's protagonist", () => {
    const units = story([
      [0, "Orla Brandt chaired the board for ten years.", ["E-orla"]],
      [0, "Orla Brandt was praised by the staff.", ["E-orla"]],
      [0, "She resigned on Monday.", []],
      [1, "Orla Brandt resigned abruptly.", ["E-orla"]],
    ]);
    expect(actions(units)).toContain("resign:E-orla:2,3");
  });

  it("takes a person named once as the protagonist of a short article", () => {
    const units = story([
      [0, "Orla Brandt arrived at the town hall before noon.", ["E-orla"]],
      [0, "She resigned an hour later.", []],
      [1, "Orla Brandt resigned on Monday.", ["E-orla"]],
    ]);
    expect(actions(units)).toEqual(["resign:E-orla:1,2"]);
  });

  it("lets a statement in no event join its verb's event of another person it names", () => {
    const units = story([
      [0, "Orla Brandt resigned on Monday.", ["E-orla"]],
      [1, "Orla Brandt resigned after the vote.", ["E-orla"]],
      [2, "Tomas Vey thanked the staff.", ["E-tomas"]],
      [3, "Tomas Vey opened the meeting.", ["E-tomas"]],
      [3, "Tomas Vey read a letter aloud.", ["E-tomas"]],
      // Keyed by Tomas Vey (the story names him most), whose resigning no other article tells.
      [4, "Tomas Vey watched as Orla Brandt resigned.", ["E-tomas", "E-orla"]],
    ]);
    expect(actions(units)).toEqual(["resign:E-orla:0,1,5"]);
  });

  it("does not count whoever reports a happening as taking part in it", () => {
    const units = story([
      [0, "Orla Brandt resigned, Tomas Vey said.", ["E-orla"], ["E-tomas"]],
      [1, "Orla Brandt resigned on Monday.", ["E-orla"]],
    ]);
    expect(actions(units)).toEqual(["resign:E-orla:0,1"]);
  });

  it("keys a happening nobody is named in by its place", () => {
    const units = story([
      [0, "A fire destroyed two warehouses at the harbour.", ["P-harbour"]],
      [1, "The fire destroyed stores near the harbour.", ["P-harbour"]],
    ]);
    // The fire (a happening noun, read as "blaze") and the destroying, both keyed by the place.
    expect(actions(units)).toEqual(["blaze:P-harbour:0,1", "destroy:P-harbour:0,1"]);
  });

  it("makes no event of light verbs or of a happening one article alone tells", () => {
    const units = story([
      [0, "Orla Brandt is in the city and has a car.", ["E-orla"]],
      [1, "Orla Brandt was in the city.", ["E-orla"]],
      [1, "Orla Brandt painted a mural.", ["E-orla"]],
    ]);
    expect(actions(units)).toEqual([]);
  });
});

describe("storyEvents protagonists", () => {
  it("breaks a tie between two people of one article by how many articles name each", () => {
    const units = story([
      [0, "Orla Brandt and Tomas Vey met the board.", ["E-orla", "E-tomas"]],
      [0, "Orla Brandt and Tomas Vey left early.", ["E-orla", "E-tomas"]],
      [0, "She resigned on Monday.", []],
      [1, "Orla Brandt chaired the board.", ["E-orla"]],
      [1, "She resigned after the vote.", []],
      [1, "Orla Brandt thanked the staff.", ["E-orla"]],
    ]);
    expect(actions(units)).toContain("resign:E-orla:2,4");
  });
});

describe("storyEvents main happenings", () => {
  it("marks a thread's main happening, told in different verbs, apart from one verb's event", () => {
    const units = story([
      [0, "Orla Brandt thanked her friends.", ["E-orla"]],
      [0, "Orla Brandt checked into a clinic for alcohol treatment.", ["E-orla"]],
      [0, "Doctors treated her there.", []],
      [1, "Orla Brandt thanked her fans.", ["E-orla"]],
      [1, "Orla Brandt was admitted to the clinic for her alcohol treatment.", ["E-orla"]],
    ]);
    const events = storyEvents(units, context).map(
      (e) => `${e.main ? "main " : ""}${e.action}:${e.units.join(",")}`,
    );
    expect(events).toContain("main treat:1,4");
    expect(events).toContain("thank:0,3");
    expect(events).not.toContain("enter:1,4");
  });
});

describe("storyEvents with article likeness", () => {
  it("keeps two threads' alike happenings apart and gathers each lead's happening", () => {
    const units = story([
      [0, "A strong quake shook the island on Sunday.", ["P-harbour"]],
      [0, "Orla Brandt said the quake was felt widely.", [], ["E-orla"]],
      [1, "An earthquake hit the island early on Sunday.", ["P-harbour"]],
      [1, "The earthquake destroyed two bridges.", []],
      [2, "An earthquake struck the harbour last year.", ["P-harbour"]],
      [3, "That earthquake left many homeless at the harbour.", ["P-harbour"]],
    ]);
    // Articles 0–1 tell Sunday's earthquake, 2–3 last year's.
    const alike = (a: number, b: number) => (Math.floor(a / 2) === Math.floor(b / 2) ? 0.6 : 0.05);
    const events = storyEvents(units, {
      ...context,
      articles: { between: alike, typical: 0.3 },
    }).map((e) => `${e.action}:${e.units.join(",")}`);
    expect(events).toContain("earthquake:0,1,2,3");
    expect(events).toContain("earthquake:4,5");
  });

  it("keeps two alike happenings apart when their leads name different weekdays", () => {
    // Four reports as alike by their words; two tell Sunday's quake, two Tuesday's.
    const units = story([
      [0, "A strong quake shook the island on Sunday.", ["P-harbour"]],
      [1, "A quake shook the island early Sunday.", ["P-harbour"]],
      [2, "A strong quake shook the island on Tuesday.", ["P-harbour"]],
      [3, "A quake shook the island late Tuesday.", ["P-harbour"]],
    ]);
    const read = (rows: AlignUnit[]) =>
      storyEvents(rows, { ...context, articles: { between: () => 0.3, typical: 0.3 } }).map(
        (e) => `${e.action}:${e.units.join(",")}`,
      );
    // Without the days, nothing tells the two quakes apart.
    expect(read(units)).toEqual(["earthquake:0,1,2,3"]);
    const dated = units.map((unit) => ({ ...unit, weekdays: unresolvedWeekdays(unit) }));
    expect(read(dated)).toEqual(["earthquake:0,1", "earthquake:2,3"]);
  });

  it("keeps two alike heists apart when their leads give sums of money far apart", () => {
    // Four reports as alike by their words; two tell a 90-million-euro heist, two a 2-million one.
    const money = (value: number) => ({ kind: "money", value, unit: "EUR" }) as Figure;
    const units = story([
      [0, "Jewels worth 90 million euros were stolen in Orvale.", ["P-harbour"]],
      [1, "Thieves stole jewels worth 85 million euros in Orvale.", ["P-harbour"]],
      [2, "Jewels worth 2 million euros were stolen in Orvale.", ["P-harbour"]],
      [3, "Thieves stole jewels worth 2.1 million euros in Orvale.", ["P-harbour"]],
    ]);
    const sums = [9e7, 8.5e7, 2e6, 2.1e6];
    const read = (rows: AlignUnit[]) =>
      storyEvents(rows, { ...context, articles: { between: () => 0.3, typical: 0.3 } }).map(
        (e) => `${e.action}:${e.units.join(",")}`,
      );
    // Without the sums, nothing tells the two heists apart.
    expect(read(units)).toEqual(["steal:0,1,2,3"]);
    const priced = units.map((unit, i) => ({ ...unit, figures: [money(sums[i] as number)] }));
    expect(read(priced)).toEqual(["steal:0,1", "steal:2,3"]);
  });
});
