import { describe, expect, it } from "vitest";
import { parseTranslationDisclosure } from "./translation.ts";

describe("parseTranslationDisclosure", () => {
  it("tells machine, assisted and human translation apart", () => {
    expect(
      parseTranslationDisclosure("This story was machine-translated using DeepL.")?.translation
        .method,
    ).toBe("machine");
    expect(
      parseTranslationDisclosure(
        "This article was translated with the help of AI tools and reviewed by our editors.",
      )?.translation.method,
    ).toBe("assisted");
    expect(parseTranslationDisclosure("Translated by Lee Min-ho.")?.translation.method).toBe(
      "human",
    );
  });

  it("splits feedback prompts off the disclosure", () => {
    expect(
      parseTranslationDisclosure(
        "※ This article has been translated by AI. Share your feedback here.",
      ),
    ).toEqual({
      translation: { method: "machine", text: "※ This article has been translated by AI." },
      chrome: [{ text: "Share your feedback here.", reason: "feedback" }],
    });
  });

  it("ignores reporting about translation", () => {
    expect(
      parseTranslationDisclosure("The minister's remarks were translated into English by aides."),
    ).toBeNull();
    expect(
      parseTranslationDisclosure("Kim said the agreement would be translated soon."),
    ).toBeNull();
  });
});
