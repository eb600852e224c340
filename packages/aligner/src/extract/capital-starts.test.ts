import { describe, expect, it } from "vitest";
import { capitalStarts, execFromCapital } from "./capital-starts.ts";

const SOURCE = "\\p{Lu}(?<![\\p{L}\\p{N}’'.-]\\p{Lu})\\p{Ll}+";

/** Every match of the pattern, as its global twin finds them and by capital starts. */
function both(body: string): [number[], number[]] {
  const global = [...body.matchAll(new RegExp(SOURCE, "gu"))].map((m) => m.index);
  const sticky = new RegExp(SOURCE, "uy");
  const byStarts: number[] = [];
  let from = 0;
  for (
    let m = execFromCapital(sticky, body, 0);
    m !== null;
    m = execFromCapital(sticky, body, from)
  ) {
    byStarts.push(m.index);
    from = m.index + m[0].length;
  }
  return [global, byStarts];
}

describe("capital starts", () => {
  it("lists ASCII capitals and characters beyond ASCII, not the second half of a pair", () => {
    expect(capitalStarts("Ivo met Édith and 𝐀da")).toEqual([0, 8, 18]);
  });

  it("finds what the global pattern finds, from any offset", () => {
    expect(both("Ivo Lund met Édith Marr-Vell in Orlo.")).toEqual([
      [0, 4, 13, 19, 32],
      [0, 4, 13, 19, 32],
    ]);
    const sticky = new RegExp(SOURCE, "uy");
    expect(execFromCapital(sticky, "Ivo Lund met Edith", 1)?.index).toBe(4);
    expect(execFromCapital(sticky, "Ivo Lund met Edith", 14)).toBeNull();
  });

  it("agrees with the global pattern on invented texts with accents and astral letters", () => {
    const pieces = ["Vell", "orlo", " ", "É", "é", "𝐀", "𝐚", "’", "-", ".", "AB", "9", "\n", "ǅ"];
    let seed = 11;
    const next = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 4294967296;
    };
    for (let n = 0; n < 500; n += 1) {
      let body = "";
      while (body.length < 60) body += pieces[Math.floor(next() * pieces.length)];
      const [global, byStarts] = both(body);
      expect([body, byStarts]).toEqual([body, global]);
    }
  });
});
