import { describe, expect, it } from "vitest";
import { detectLanguage } from "./language.ts";

describe("detectLanguage", () => {
  it("tags English, Korean and Japanese text and is unsure otherwise", () => {
    expect(
      detectLanguage(
        "The talks in Seoul stalled on Friday, and the two sides said they would meet again.",
      ),
    ).toBe("en");
    expect(detectLanguage("김용범 정책실장은 22일 인천공항에서 출국했다.")).toBe("ko");
    expect(detectLanguage("日米の関税交渉は続いている。")).toBe("ja");
    expect(detectLanguage("12345 !!!")).toBe("und");
  });
});
