import { describe, expect, it } from "vitest";
import { buildEmbed, parseEmbedAttribution } from "./embeds.ts";

describe("embedded posts", () => {
  it("reads a post signature line", () => {
    expect(parseEmbedAttribution("— Reuters (@Reuters) March 3, 2025")).toEqual({
      author: "Reuters",
      handle: "@Reuters",
      date: "2025-03-03",
    });
    expect(parseEmbedAttribution("A post shared by Yonhap News (@yonhap_news)")).toEqual({
      author: "Yonhap News",
      handle: "@yonhap_news",
      date: null,
    });
  });

  it("rejects dashes that are prose", () => {
    expect(parseEmbedAttribution("— a typical feature of negotiations.")).toBeNull();
    expect(parseEmbedAttribution("— Kim (@kim) said on Monday that talks stalled")).toBeNull();
  });

  it("splits the post's trailing links into url", () => {
    const embed = buildEmbed("Talks resume today pic.twitter.com/abc123 https://t.co/xyz789", {
      author: "AP",
      handle: "@AP",
      date: null,
    });
    expect(embed).toEqual({
      kind: "post",
      text: "Talks resume today",
      author: "AP",
      handle: "@AP",
      date: null,
      url: "https://t.co/xyz789",
    });
  });
});
