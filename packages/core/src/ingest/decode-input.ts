import { IngestError } from "./ingest-error.ts";
import { MAX_INPUT_BYTES } from "./input-limits.ts";

export { MAX_INPUT_BYTES };

/** Share of control characters above which a text is treated as binary rather than a typo. */
const MAX_CONTROL_SHARE = 0.01;

/**
 * Turns the caller's `text`/`html` into a well-formed string, refusing what cannot be an article:
 * too large (checked first, before anything else), binary, invalid UTF-8 or empty.
 */
export function decodeInput(raw: string | Uint8Array, field: "text" | "html"): string {
  if (typeof raw === "string") {
    const bytes = utf8ByteLength(raw, MAX_INPUT_BYTES + 1);
    if (bytes > MAX_INPUT_BYTES) throw tooLarge(field, bytes);
    if (!isWellFormed(raw)) {
      throw new IngestError(
        "INVALID_UTF8",
        `${field} contains a lone UTF-16 surrogate, so it is not valid Unicode text; re-read the source as UTF-8 and pass the decoded string.`,
      );
    }
    refuseBinary(raw, field);
    refuseEmpty(raw, field);
    return raw;
  }
  if (!(raw instanceof Uint8Array)) {
    throw new IngestError(
      "INVALID_INPUT",
      `${field} must be a string or a Uint8Array of UTF-8 bytes, got ${describe(raw)}.`,
    );
  }
  if (raw.byteLength > MAX_INPUT_BYTES) throw tooLarge(field, raw.byteLength);
  const text = decodeBytes(raw, field);
  refuseBinary(text, field);
  refuseEmpty(text, field);
  return text;
}

function decodeBytes(bytes: Uint8Array, field: string): string {
  // A UTF-16 byte order mark is the only reliable sign of UTF-16; without it, NULs mean binary.
  const b0 = bytes[0];
  const b1 = bytes[1];
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    try {
      return new TextDecoder(b0 === 0xff ? "utf-16le" : "utf-16be", { fatal: true }).decode(bytes);
    } catch {
      throw new IngestError(
        "INVALID_UTF8",
        `${field} starts with a UTF-16 byte order mark but is not valid UTF-16; save the page as UTF-8 and try again.`,
      );
    }
  }
  if (bytes.includes(0)) throw binary(field);
  const declared = field === "html" ? declaredCharset(bytes) : null;
  if (declared) {
    // Older Korean and Japanese sites still serve EUC-KR or Shift_JIS and say so in a <meta>.
    try {
      return new TextDecoder(declared, { fatal: true }).decode(bytes);
    } catch {
      throw new IngestError(
        "INVALID_UTF8",
        `html declares charset "${declared}" but its bytes are not valid in it; save the page again or re-encode it as UTF-8.`,
      );
    }
  }
  try {
    // ignoreBOM: false (the default) drops a leading UTF-8 BOM, which is not part of the text.
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8Offset(bytes);
    throw new IngestError(
      "INVALID_UTF8",
      `${field} is not valid UTF-8 (first bad byte at offset ${at}); save or re-encode the page as UTF-8 and try again.`,
      { offset: at },
    );
  }
}

/**
 * The non-UTF-8 charset a page declares in its first bytes (<meta charset> or http-equiv), when
 * the platform can decode it; null for UTF-8 or no declaration.
 */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
  const match = /<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]{1,40})/i.exec(head);
  const label = match?.[1]?.toLowerCase();
  if (!label || label === "utf-8" || label === "utf8") return null;
  try {
    return new TextDecoder(label).encoding === "utf-8" ? null : label;
  } catch {
    return null;
  }
}

function refuseBinary(text: string, field: string): void {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) throw binary(field);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f) {
      controls++;
    }
  }
  if (controls > 8 && controls / text.length > MAX_CONTROL_SHARE) throw binary(field);
}

function refuseEmpty(text: string, field: string): void {
  // \s covers the Unicode spaces; zero-width characters and the BOM are invisible too.
  if (/^[\s\u200b-\u200d\u2060\ufeff]*$/.test(text)) {
    throw new IngestError(
      "EMPTY_INPUT",
      `${field} is empty or only whitespace; paste the article's text (or the page's HTML).`,
    );
  }
}

/** UTF-8 length of a string, counting no further than `stopAt` so a huge input costs little. */
export function utf8ByteLength(text: string, stopAt = Number.POSITIVE_INFINITY): number {
  if (text.length > stopAt) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length && bytes < stopAt; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

function isWellFormed(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    if (c > 0xdbff) return false;
    const next = text.charCodeAt(i + 1);
    if (!(next >= 0xdc00 && next <= 0xdfff)) return false;
    i++;
  }
  return true;
}

function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  // Binary search on prefixes would be wrong (a cut can split a valid sequence); a linear scan
  // with a 4-byte lookahead finds the first byte where no valid sequence starts.
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] ?? 0;
    const len =
      b < 0x80
        ? 1
        : b >= 0xc2 && b < 0xe0
          ? 2
          : b >= 0xe0 && b < 0xf0
            ? 3
            : b >= 0xf0 && b < 0xf5
              ? 4
              : 0;
    if (len === 0) return i;
    try {
      decoder.decode(bytes.subarray(i, i + len));
    } catch {
      return i;
    }
    i += len;
  }
  return bytes.length;
}

function tooLarge(field: string, bytes: number): IngestError {
  return new IngestError(
    "TOO_LARGE",
    `${field} is too large: more than ${MAX_INPUT_BYTES} bytes (2 MB), the most parseArticle reads. Pass only the article's page, not a whole site dump.`,
    { bytes, limit: MAX_INPUT_BYTES },
  );
}

function binary(field: string): IngestError {
  return new IngestError(
    "BINARY_CONTENT",
    `${field} contains NUL or other control bytes, so it looks like a binary file (an image, PDF or archive); pass the article as text or HTML.`,
  );
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value;
}
