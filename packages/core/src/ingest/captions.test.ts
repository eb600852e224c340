import { describe, expect, it } from "vitest";
import { parseCaption } from "./captions.ts";

describe("parseCaption", () => {
  it("splits bracketed agency credits from photo descriptions", () => {
    expect(
      parseCaption(
        "Finance Minister Choi Dal-bit, center, attends a meeting in Seoul on Monday. [NEWSIS]",
      ),
    ).toEqual({
      text: "Finance Minister Choi Dal-bit, center, attends a meeting in Seoul on Monday.",
      credit: "NEWSIS",
      dateText: null,
    });
    expect(
      parseCaption("Protesters walk through central Seoul on Saturday. [AFP/YONHAP]")?.credit,
    ).toBe("AFP/YONHAP");
  });

  it("reads '/Courtesy of', '(Photo: ...)' and a date stamp", () => {
    expect(
      parseCaption(
        "Officials are boarding a flight at Gimpo Airport on the 3rd. 2024.05.03 /Courtesy of Newsis",
      ),
    ).toEqual({
      text: "Officials are boarding a flight at Gimpo Airport on the 3rd.",
      credit: "Newsis",
      dateText: "2024.05.03",
    });
    expect(
      parseCaption("The president speaks at a news conference in Tokyo. (Photo: Reuters)")?.credit,
    ).toBe("Reuters");
  });

  it("reads an agency's '(AP Photo/…)', a trailing '/Agency' and 'Photo by'", () => {
    expect(
      parseCaption(
        "Prime Minister Mori Kaede speaks to reporters in Tokyo on Friday. (AP Photo/Ren Hoshi)",
      ),
    ).toEqual({
      text: "Prime Minister Mori Kaede speaks to reporters in Tokyo on Friday.",
      credit: "AP Photo/Ren Hoshi",
      dateText: null,
    });
    expect(
      parseCaption("Trade Minister Ahn Mi-rae arrives at Saltmere Airport on Sunday. /Yonhap")
        ?.credit,
    ).toBe("Yonhap");
    expect(
      parseCaption("Delegates shake hands after the signing in Kuala Lumpur. Photo by Jane Doe")
        ?.credit,
    ).toBe("Jane Doe");
  });

  it("rejects prose that ends in brackets or has no photo cues", () => {
    expect(parseCaption("He said the talks were “difficult but necessary [...]”")).toBeNull();
    expect(
      parseCaption("Exports fell 3 percent in September from a year earlier. [YONHAP]"),
    ).toBeNull();
    expect(parseCaption("Kim Tae-hun said there had been progress on most issues.")).toBeNull();
    expect(parseCaption("short [AP]")).toBeNull();
  });
});
