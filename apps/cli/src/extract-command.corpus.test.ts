import { loadCorpus } from "@parallax/corpus";
import { describe, expect, it } from "vitest";
import { run, section } from "../test/run-cli.ts";

describe("parallax extract", () => {
  it("reads a real captured article: the corpus's quotes keep their speakers", async () => {
    const file = loadCorpus().files.find((f) => f.outlet.startsWith("Chosun Ilbo"));
    const result = await run(["extract", file?.path as string]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^\[1\] Chosun Ilbo · /);
    const quotes = section(result.stdout, "Quotes");
    expect(quotes.length).toBeGreaterThan(3);
    expect(quotes.join("\n")).toMatch(/direct · Kim Yong-beom/);
    expect(section(result.stdout, "People").join("\n")).toMatch(/Kim Jung-kwan — .*Minister/);
  });
});
