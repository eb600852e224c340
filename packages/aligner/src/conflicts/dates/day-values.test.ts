import { describe, expect, it } from "vitest";
import { withDays } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import { dateVerb, daysOf } from "./day-values.ts";

/** The verb the statement's one day dates. */
function verbOf(text: string, day = "Saturday"): string | null {
  const unit = withDays(0, 0, text, [[day, "2025-06-14"]]);
  return dateVerb(unit, unit.dates[0] as never);
}

describe("dateVerb", () => {
  it("reads the verb after a day that opens the sentence before a comma", () => {
    expect(verbOf("On Saturday, the harbour board approved a new ferry timetable.")).toBe(
      "approve",
    );
    expect(
      verbOf("Late on Saturday night, the council voted to close the pool.", "Saturday night"),
    ).toBe("vote");
  });

  it("leaves a fronted day that dates a saying", () => {
    expect(verbOf("On Saturday, police said the driver had fled.")).toBeNull();
  });

  it("keeps the verb before a place's commas", () => {
    expect(verbOf("The painter died in Lyon, France, on Saturday, a gallery said.")).toBe("die");
  });

  it("reads a present participle between a determiner and a name as an adjective", () => {
    expect(
      verbOf("The rising Harbour pilots Thursday signed a new ferry contract.", "Thursday"),
    ).toBe("sign");
  });

  it("reads a participle after a determiner or preposition as an adjective", () => {
    expect(verbOf("The club placed its goalkeeper on injured reserve Saturday.")).toBe("place");
    expect(verbOf("The goalkeeper was injured Saturday.")).toBe("injure");
  });

  it("steps over an aside between dashes to the verb the day dates", () => {
    expect(
      verbOf("Three burglars -- one of them dressed as a courier -- on Saturday robbed the shop."),
    ).toBe("rob");
    expect(verbOf("The ferry — delayed twice by fog– sank on Saturday near the pier.")).toBe(
      "sink",
    );
  });

  it("reads the verb after a name that follows a determiner", () => {
    // "the Harriers beat the hosts": blanking the name would leave "the beat", a noun.
    expect(verbOf("The fans cheered as the Harriers beat the hosts, 3-1, on Saturday.")).toBe(
      "beat",
    );
  });

  it("reads the verb after a fronted phrase of time ending in the day", () => {
    expect(
      verbOf("In the early hours of Saturday, burglars rammed a van into the shop front."),
    ).toBe("ram");
    expect(verbOf("In the early hours of Saturday, police said the van was stolen.")).toBeNull();
  });

  it("reads the verb after a fronted day its week opens or a parenthesis restates", () => {
    expect(verbOf("Last week Saturday (14 June), the harbour board closed the pier.")).toBe(
      "close",
    );
    expect(verbOf("Earlier this week, on Saturday, the harbour board closed the pier.")).toBe(
      "close",
    );
    expect(verbOf("Last week Saturday (14 June), police said the pier was closed.")).toBeNull();
  });
});

describe("daysOf", () => {
  const days = (text: string) =>
    daysOf(withDays(0, 0, text, [["Saturday", "2025-06-14"]])).map((d) => d.text);

  it("keeps the day of a quotation that opens the statement", () => {
    expect(days('"The ferry line went down on Saturday," the operator said.')).toEqual([
      "Saturday",
    ]);
  });

  it("leaves a day inside quoted words within the sentence", () => {
    expect(days('Marchers chanted "no cuts on Saturday" outside the hall.')).toEqual([]);
  });

  it("leaves a weekday that a name holds after a determiner or a bound", () => {
    expect(days("Vint spoke at a Super Saturday rally in Castlebay.")).toEqual([]);
    expect(days("The results come just before Super Saturday, when ten towns vote.")).toEqual([]);
    // A weekday of its own after the determiner dates the rally.
    expect(days("Vint spoke at a Saturday rally in Castlebay.")).toEqual(["Saturday"]);
    expect(days("Vint met the Harriers coach Saturday in Castlebay.")).toEqual(["Saturday"]);
  });
});

describe("dateVerb with the horizontal bar", () => {
  it("steps over an aside between bars as over one between em dashes", () => {
    const burglars = (dash: string) =>
      verbOf(
        `Three burglars ${dash} one of them dressed as a courier ${dash} on Saturday robbed the shop.`,
      );
    expect(burglars("―")).toBe("rob");
    expect(burglars("―")).toBe(burglars("—"));
    const board = (dash: string) =>
      verbOf(
        `The board ${dash} elected in a vote last spring ${dash} on Monday approved the budget.`,
        "Monday",
      );
    expect(board("―")).toBe("approve");
    expect(board("―")).toBe(board("—"));
  });
});

describe("dateVerb and a quotation before the day", () => {
  it("reads no verb inside a closed quotation for a day outside it", () => {
    expect(
      verbOf('"Nobody is able to beat the harbour club," Ada Lund told a radio host on Saturday.'),
    ).not.toBe("beat");
    expect(
      verbOf('"We will beat them," Ada Lund said while campaigning in Orvale on Saturday.'),
    ).not.toBe("beat");
  });

  it("still reads the verb of a quotation holding the day", () => {
    expect(verbOf('"The club beat the hosts on Saturday," Ada Lund said.')).toBe("beat");
    expect(verbOf("''The club beat the hosts on Saturday,'' Ada Lund said.")).toBe("beat");
  });

  it("reads doubled apostrophes as quotation marks", () => {
    expect(
      verbOf(
        "Ada Lund often vows that ''the ferry line reopens in spring,'' in her words at a rally on Saturday.",
      ),
    ).toBe("vow");
    expect(
      verbOf(
        "Ada Lund often vows ''the harbour closes over my dead body,'' in her words at a rally on Saturday.",
      ),
    ).toBe("vow");
    // Unquoted, the same words are the statement's own: their verb is the day's.
    expect(
      verbOf(
        "Ada Lund often vows that the ferry line reopens in spring, in her words at a rally on Saturday.",
      ),
    ).toBe("reopen");
    // An apostrophe of a possessive opens no quotation.
    expect(verbOf("The dockers' union struck at the harbour on Saturday.")).toBe("strike");
  });
});
