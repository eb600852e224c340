import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { DatasetError } from "./dataset-error.ts";
import { readEcbplus } from "./ecbplus.ts";
import { readPolnear } from "./polnear.ts";

const fixture = fileURLToPath(new URL("../../test/fixtures/polnear-tiny.jsonl", import.meta.url));
const good = readFileSync(fixture, "utf8").trim();
const dir = mkdtempSync(join(tmpdir(), "parallax-eval-"));

function fileWith(name: string, content: string): string {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}

function problem(read: () => unknown): DatasetError {
  try {
    read();
  } catch (error) {
    if (error instanceof DatasetError) return error;
    throw error;
  }
  throw new Error("expected a DatasetError");
}

describe("dataset readers", () => {
  it("read a well-formed file", () => {
    expect(readPolnear(fixture)[0]?.attributions).toHaveLength(4);
  });

  it("name the file for a missing one", () => {
    const error = problem(() => readPolnear(join(dir, "nope.jsonl")));
    expect(error.message).toBe(
      `${join(dir, "nope.jsonl")}: no such file; give the dataset folder with --data`,
    );
  });

  it("name the file and line of malformed JSON", () => {
    const file = fileWith("broken.jsonl", `${good}\n{"id": "x",\n`);
    expect(problem(() => readPolnear(file)).message).toMatch(/broken\.jsonl:2: not valid JSON/);
  });

  it("name the file, line and field of a wrong shape", () => {
    const record = JSON.parse(good);
    delete record.text;
    const file = fileWith("shape.jsonl", `\n${JSON.stringify(record)}\n`);
    expect(problem(() => readPolnear(file)).message).toMatch(
      /shape\.jsonl:2: unexpected shape at text/,
    );
  });

  it("name the file and line of offsets out of range or off their text", () => {
    const record = JSON.parse(good);
    record.attributions[1].content[0].end = record.text.length + 5;
    const file = fileWith("range.jsonl", `${good}\n${JSON.stringify(record)}\n`);
    expect(problem(() => readPolnear(file)).message).toMatch(
      /range\.jsonl:2: attribution E2 content 1 offsets \[\d+, \d+\) are out of range/,
    );
    const shifted = JSON.parse(good);
    shifted.attributions[0].source.start += 1;
    const off = fileWith("off.jsonl", JSON.stringify(shifted));
    expect(problem(() => readPolnear(off)).message).toMatch(
      /off\.jsonl:1: attribution E1 source .* do not slice/,
    );
  });

  it("check ECB+ mention offsets against their document", () => {
    const ecb = fileURLToPath(new URL("../../test/fixtures/ecbplus-tiny.jsonl", import.meta.url));
    const [first, second] = readFileSync(ecb, "utf8").trim().split("\n");
    const record = JSON.parse(second as string);
    record.docs[1].mentions[0].start = -3;
    const shape = fileWith("ecb-shape.jsonl", `${first}\n${JSON.stringify(record)}\n`);
    expect(problem(() => readEcbplus(shape)).message).toMatch(
      /ecb-shape\.jsonl:2: unexpected shape at docs\.1\.mentions\.0\.start/,
    );
    record.docs[1].mentions[0].start = 9000;
    const range = fileWith("ecb-range.jsonl", `${first}\n${JSON.stringify(record)}\n`);
    expect(problem(() => readEcbplus(range)).message).toMatch(
      /ecb-range\.jsonl:2: document 90_2ecbplus mention 1 offsets \[9000, \d+\) are out of range/,
    );
  });

  it("refuse an empty file", () => {
    expect(problem(() => readPolnear(fileWith("empty.jsonl", "\n"))).message).toMatch(
      /empty\.jsonl: the file holds no records/,
    );
  });
});
