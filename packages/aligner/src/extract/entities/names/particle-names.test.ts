import { describe, expect, it } from "vitest";
import { findParticleNames } from "./particle-names.ts";

const names = (body: string) => findParticleNames(body).map((n) => body.slice(n.start, n.end));

describe("a capitalised particle between two capitalised words makes a person's name", () => {
  it("reads names whose given name no list holds", () => {
    expect(names("Police asked how Gaspare Lo Vetro died. Ozren Van Dael's lawyer spoke.")).toEqual(
      ["Gaspare Lo Vetro", "Ozren Van Dael"],
    );
  });

  it("leaves runs with a capitalised word before or after, titles, particles and clause openers", () => {
    expect(
      names(
        "The church of Santa Gaspa Della Rocca. The Ozren De Dael Foundation paid. Senator De Luca spoke. When Di Marchi left, Van Der Berg stayed.",
      ),
    ).toEqual([]);
  });
});
