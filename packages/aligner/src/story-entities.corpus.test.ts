import { describe, expect, it } from "vitest";
import { corpusComparison } from "../test/fixtures/alignment-gold/corpus-comparison.ts";
import { isNamedPerson, nameKey } from "./story-entities.ts";

describe("buildStoryEntities on the corpus", () => {
  const { comparison, code } = corpusComparison();
  const find = (name: string) =>
    comparison.entities.filter((e) => nameKey(e.name) === nameKey(name));

  it("gives Kim Yong-beom one identity across four outlets with each outlet's titles, apart from Kim Jung-kwan", () => {
    const [kim, ...more] = find("Kim Yong-beom");
    expect(more).toEqual([]);
    expect(new Set(kim?.members.map((m) => code(m.articleId)))).toEqual(
      new Set(["000", "001", "002", "004"]),
    );
    const titlesBy = (c: string) =>
      kim?.titles.filter((t) => code(t.articleId) === c).map((t) => t.text.toLowerCase()) ?? [];
    expect(titlesBy("000").join()).toContain("director of national policy");
    expect(titlesBy("002").join()).toContain("chief of staff for policy");
    expect(titlesBy("004").join()).toContain("chief of staff for policy");
    const [minister] = find("Kim Jung-kwan");
    expect(minister?.id).not.toBe(kim?.id);
    expect(minister?.titles.some((t) => /minister/i.test(t.text))).toBe(true);
  });

  it("merges 'Lee Jae Myung' and 'Lee Jae-myung', and keeps Lee Jae-min apart", () => {
    const [lee, ...more] = find("Lee Jae Myung");
    expect(more).toEqual([]);
    expect(new Set(lee?.members.map((m) => code(m.articleId)))).toEqual(
      new Set(["000", "002", "003", "004"]),
    );
    expect(find("Lee Jae-min")[0]?.id).not.toBe(lee?.id);
  });

  it("keeps no descriptions ('officials', 'negotiators') as identities", () => {
    expect(
      comparison.entities.filter((e) => e.kind === "person").every((e) => isNamedPerson(e.name)),
    ).toBe(true);
  });
});
