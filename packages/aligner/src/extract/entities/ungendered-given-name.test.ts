import { describe, expect, it } from "vitest";
import { extractParagraphs as extract } from "../../../test/support/quote-speakers.ts";

describe("a given name that men and women both carry has no gender", () => {
  it("resolves “he” to a man whose given name the name lists once gave as female only", () => {
    const x = extract(
      "Sen. Lindsey Vint spoke in the harbour town on Monday about the new port tax.",
      "“The tax is fair and the port needs it,” he said.",
    );
    const quote = x.quotes.find((q) => q.text.includes("port needs it"));
    expect(x.entities.find((e) => e.id === quote?.speakerId)?.name).toBe("Lindsey Vint");
  });
});
