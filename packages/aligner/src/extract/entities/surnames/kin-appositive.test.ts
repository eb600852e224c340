import { describe, expect, it } from "vitest";
import { handBuiltArticle } from "../../../../test/fixtures/extraction-gold/hand-built-article.ts";
import { extractArticle } from "../../../extract-article.ts";
import { relativesNamedAfter } from "./kin-appositive.ts";

function speakerOf(body: string): { name: string | null; status: string } {
  const x = extractArticle(handBuiltArticle(body));
  const q = x.quotes[0]!;
  return {
    name: x.entities.find((e) => e.id === q.speakerId)?.name ?? null,
    status: q.speakerStatus,
  };
}

const FATHER = "Odran Tessaly spoke at the rally on Monday. The crowd was large. ";

describe("a bare surname is never the relative its appositive names", () => {
  it("'Tessaly, the son of Odran Tessaly, said' is not Odran Tessaly", () => {
    const body = `${FATHER}Tessaly, the son of former mayor Odran Tessaly, said on Monday, “We lost.”`;
    expect(speakerOf(body)).toEqual({ name: null, status: "ambiguous" });
  });

  it("drops only the person the kin phrase names in full", () => {
    const body = "Tessaly, the eldest daughter of Odran Tessaly, spoke.";
    const names = ["Odran Tessaly", "Wilma Tessaly"];
    expect(relativesNamedAfter(body, 7, [0, 1], (e) => names[e]!)).toEqual([0]);
  });

  it("a post or a description after 'of' drops no one", () => {
    const names = ["Odran Tessaly"];
    const post = "Tessaly, the head of the Odran Tessaly Foundation, spoke.";
    expect(relativesNamedAfter(post, 7, [0], (e) => names[e]!)).toEqual([]);
    const kin = "Tessaly, the son of a rancher, spoke.";
    expect(relativesNamedAfter(kin, 7, [0], (e) => names[e]!)).toEqual([]);
  });
});
