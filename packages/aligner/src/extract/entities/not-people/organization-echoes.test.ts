import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

/* An organisation read once by its sign is the same organisation wherever its name is written. */

describe("an organisation's name written again", () => {
  it("links later bare mentions to the organisation, never a person of the same name", () => {
    const x = extract(
      "The conservative group Harbour Watch sued the port.",
      "In asking to depose Roe, Harbour Watch noted Mayor Ivo Vint said the quay would close.",
      "“We will win,” Harbour Watch said.",
    );
    const watch = x.entities.filter((e) => e.name === "Harbour Watch");
    expect(watch.map((e) => e.kind)).toEqual(["organization"]);
    expect(watch[0]?.mentions).toHaveLength(3);
    expect(speakerOf(x, "We will win")).toBe("Harbour Watch");
    // The nested report is the group's: it becomes the via of Vint's words.
    const nested = x.quotes.find((q) => q.text.startsWith("the quay would close"));
    expect(nested?.via?.entityId).toBe(watch[0]?.id);
  });

  it("reads no longer name and no name two organisations share", () => {
    const x = extract(
      "The conservative group Harbour Watch sued the port.",
      "The Harbour Watch Foundation and New Harbour Watch stayed silent.",
    );
    const watch = x.entities.find((e) => e.name === "Harbour Watch");
    expect(watch?.mentions).toHaveLength(1);
  });

  it("reads a coined one-word name again, never an English word, a given name or a surname", () => {
    const x = extract(
      "The watchdog group Dockwatch sued the port, as did the charity Harbour.",
      "“We will win,” Dockwatch said. Harbour said nothing.",
    );
    expect(x.entities.filter((e) => e.name === "Dockwatch").map((e) => e.kind)).toEqual([
      "organization",
    ]);
    expect(speakerOf(x, "We will win")).toBe("Dockwatch");
    expect(x.entities.find((e) => e.name === "Harbour")?.mentions ?? []).toHaveLength(1);
  });
});
