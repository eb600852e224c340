import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";
import { endsOnCoordinator } from "./coordinated-predicate.ts";

describe("a reporting verb after “and” is a second predicate of the clause's subject", () => {
  it("the agent before “and” does not speak the quotation", () => {
    const x = extract(
      "As the crowd began to chant, Ada Lund was joined on stage by Councillor Ivo Vint and joked, “You are being ridiculous,” drawing jeers.",
    );
    expect(speakerOf(x, "You are being ridiculous")).not.toBe("Ivo Vint");
  });

  it("the clause's subject still speaks when nothing stands before the first verb", () => {
    const x = extract(
      "Ada Lund was joined on stage by Councillor Ivo Vint and joked, “You are being ridiculous,” drawing jeers.",
    );
    expect(speakerOf(x, "You are being ridiculous")).toBe("Ada Lund");
  });

  it("a plain subject before its verb still speaks", () => {
    const x = extract("After the vote, Ada Lund joked, “You are being ridiculous.”");
    expect(speakerOf(x, "You are being ridiculous")).toBe("Ada Lund");
  });

  it("endsOnCoordinator reads the last word of a phrase", () => {
    expect(endsOnCoordinator("the crowd cheered Ivo Vint and")).toBe(true);
    expect(endsOnCoordinator("Ivo Vint, but ")).toBe(true);
    expect(endsOnCoordinator("Ivo Vint")).toBe(false);
  });
});
