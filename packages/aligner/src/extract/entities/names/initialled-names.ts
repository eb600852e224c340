import { nameKey } from "../entity-records.ts";

/** A middle initial or initials between a given name and a surname: "J.", "H.W.", "H. W.". */
const INITIAL = /^(?:\p{Lu}\.)+$/u;

/**
 * "Ivo K. Vint" and "Ivo Vint" in one article are one person: news gives the full name
 * with its middle initial once and drops the initial after. The key of a name without its middle
 * initials, and the initials it had ("" for none). Null when the name has fewer than two other
 * words: "J. Lund" or "Lund" say too little.
 */
export function initialledName(name: string): { bare: string; initials: string } | null {
  const words = name.split(/\s+/);
  if (words.length < 2) return null;
  const inner = words.slice(1, -1);
  const initials = inner.filter((w) => INITIAL.test(w));
  const kept = [
    words[0] as string,
    ...inner.filter((w) => !INITIAL.test(w)),
    words.at(-1) as string,
  ];
  if (INITIAL.test(kept[0] as string)) return null;
  return { bare: nameKey(kept.join(" ")), initials: initials.join("").toLowerCase() };
}

/**
 * People of one article by their name without middle initials. A name with no initial joins the
 * one person of its bare name; a name with initials joins a person so far named without any. Two
 * different initials under one bare name ("Ivo K. Vint", "Ivo R. Vint") are two people,
 * and their bare name then names neither.
 */
export class InitialledNames {
  private readonly byBare = new Map<
    string,
    { index: number; initials: string | null; split: boolean }
  >();

  /** The person this name is another form of, if any. */
  find(name: string): number | undefined {
    const form = initialledName(name);
    if (form === null) return undefined;
    const known = this.byBare.get(form.bare);
    if (known === undefined || known.split) return undefined;
    if (form.initials === "") return known.index;
    if (known.initials === null) {
      known.initials = form.initials;
      return known.index;
    }
    if (known.initials !== form.initials) known.split = true;
    return undefined;
  }

  /** Records a new person under its bare name. */
  add(name: string, index: number): void {
    const form = initialledName(name);
    if (form === null) return;
    const known = this.byBare.get(form.bare);
    if (known !== undefined) {
      // A second person under one bare name: its bare form names neither.
      known.split = true;
      return;
    }
    this.byBare.set(form.bare, {
      index,
      initials: form.initials === "" ? null : form.initials,
      split: false,
    });
  }
}
