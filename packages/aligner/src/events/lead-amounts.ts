import { FAR_APART } from "../align/money-apart.ts";
import type { AlignUnit } from "../align/units.ts";
import { articleLeads } from "./lead-events.ts";

/**
 * Whether two articles' leads (headline and first statements) give sums of money that are all far
 * apart: -1 when both leads give sums and every sum of one is at least FAR_APART times larger or
 * smaller than every sum of the other, 0 otherwise (a lead without a sum says nothing). A lead
 * gives the sum of the happening it reports ("jewels worth $2.6 million were stolen", "an
 * eight-year, $160 million offer"): two alike happenings (two jewel heists in one city, two
 * clubs' bids) use the same words and places but rarely the same order of sum. On ECB+ train
 * (article pairs whose leads both give a sum, BUILD topics): all far apart for 57 of 99 pairs
 * across a topic's two sub-topics and for 5 of 91 within one.
 *
 * Linear in statements: each article's lead sums are read once; a pair compares a few values.
 */
export function leadAmountsApart(units: readonly AlignUnit[]): (a: number, b: number) => number {
  const sums = new Map<number, number[]>();
  for (const [article, lead] of articleLeads(units)) {
    const values = lead.flatMap((unit) =>
      unit.figures.filter((f) => f.kind === "money" && f.value > 0).map((f) => f.value),
    );
    if (values.length > 0) sums.set(article, values);
  }
  return (a, b) => {
    const x = sums.get(a);
    const y = sums.get(b);
    if (!x || !y) return 0;
    for (const p of x) for (const q of y) if (Math.max(p, q) < FAR_APART * Math.min(p, q)) return 0;
    return -1;
  };
}
