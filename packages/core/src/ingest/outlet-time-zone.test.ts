import { describe, expect, it } from "vitest";
import { outletUtcOffset } from "./outlet-time-zone.ts";

describe("outletUtcOffset", () => {
  it("places a listed Korean or Japanese outlet in UTC+9, whatever its article or case", () => {
    expect(outletUtcOffset("The Chosun Ilbo", "")).toBe("+09:00");
    expect(outletUtcOffset("NHK World", "")).toBe("+09:00");
    expect(outletUtcOffset("yonhap", "")).toBe("+09:00");
  });

  it("places an unlisted outlet by the country or capital in its name", () => {
    expect(outletUtcOffset("Korea Pro", "")).toBe("+09:00");
    expect(outletUtcOffset("Tokyo Shimbun", "")).toBe("+09:00");
  });

  it("reads Hangul or kana in the page as a Korean or Japanese site", () => {
    expect(outletUtcOffset("Daily Example", "댓글 0/250자")).toBe("+09:00");
    expect(outletUtcOffset("Daily Example", "ニュース")).toBe("+09:00");
  });

  it("infers no zone for outlets elsewhere, nor from a word inside another word", () => {
    expect(outletUtcOffset("Reuters", "Officials met.")).toBeNull();
    expect(outletUtcOffset("The Lakeside Tribune", "")).toBeNull();
    expect(outletUtcOffset("Koreatown Weekly", "")).toBeNull();
  });
});
