import { describe, expect, it } from "vitest";
import { decodeInput, MAX_INPUT_BYTES, utf8ByteLength } from "./decode-input.ts";
import { IngestError } from "./ingest-error.ts";

const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error instanceof IngestError ? error.code : "not an IngestError";
  }
  return "no error";
};

describe("decodeInput", () => {
  it("decodes UTF-8 bytes, dropping a BOM, and UTF-16 with a BOM", () => {
    const text = "Seoul “talks” — 서울";
    expect(
      decodeInput(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]), "text"),
    ).toBe(text);
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...Array.from(text).flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]),
    ]);
    expect(decodeInput(utf16, "text")).toBe(text);
  });

  it("refuses invalid, binary, empty and oversized input with the matching code", () => {
    expect(codeOf(() => decodeInput(new Uint8Array([0x61, 0xff, 0x62]), "text"))).toBe(
      "INVALID_UTF8",
    );
    expect(codeOf(() => decodeInput(new Uint8Array([0x61, 0x00, 0x62]), "text"))).toBe(
      "BINARY_CONTENT",
    );
    expect(codeOf(() => decodeInput("a\ud83db", "html"))).toBe("INVALID_UTF8");
    expect(codeOf(() => decodeInput(" \n ", "text"))).toBe("EMPTY_INPUT");
    expect(codeOf(() => decodeInput("é".repeat(MAX_INPUT_BYTES / 2 + 1), "text"))).toBe(
      "TOO_LARGE",
    );
    expect(codeOf(() => decodeInput("é".repeat(MAX_INPUT_BYTES / 2), "text"))).toBe("no error");
  });

  it("counts UTF-8 bytes of any string", () => {
    expect(utf8ByteLength("aé가😀")).toBe(1 + 2 + 3 + 4);
    expect(utf8ByteLength("a\ud800")).toBe(4);
  });
});
