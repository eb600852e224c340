import type { Entity, Extraction } from "@parallax/core";
import { titleLabel } from "@parallax/core";
import { expect } from "vitest";
import { nameKey } from "../../src/extract/entities/entity-records.ts";

// Lookups the entity tests share: a person by name, their titles as shown, and who a mention
// was resolved to.

export function person(x: Extraction, name: string): Entity {
  const found = x.entities.find((e) => e.kind === "person" && nameKey(e.name) === nameKey(name));
  if (!found) throw new Error(`no person ${name} in ${x.entities.map((e) => e.name).join(", ")}`);
  return found;
}

/** A person's titles as shown: "Minister of the Ministry of Trade, Industry and Energy". */
export function qualified(x: Extraction, name: string): string[] {
  return person(x, name).titles.map((t) => titleLabel(t));
}

export function ownerOf(x: Extraction, mentionText: string, occurrence = 0): string[] {
  const owners: { start: number; name: string; ambiguous: boolean }[] = [];
  for (const e of x.entities) {
    for (const m of e.mentions)
      if (m.text === mentionText)
        owners.push({ start: m.span.start, name: e.name, ambiguous: m.ambiguous });
  }
  const starts = [...new Set(owners.map((o) => o.start))].sort((a, b) => a - b);
  const at = starts[occurrence];
  return owners.filter((o) => o.start === at).map((o) => (o.ambiguous ? `?${o.name}` : o.name));
}

/** Every person's name, in order of first mention. */
export function personNames(x: Extraction): string[] {
  return x.entities.filter((e) => e.kind === "person").map((e) => e.name);
}

/** Owners of each "his"/"her" in text order: a name, or "?name" for every candidate of an ambiguous one. */
export function possessives(x: Extraction): string[][] {
  const byStart = new Map<number, string[]>();
  for (const e of x.entities) {
    for (const m of e.mentions) {
      if (!/^(?:his|her)$/i.test(m.text)) continue;
      expect(m.form).toBe("pronoun");
      byStart.set(m.span.start, [
        ...(byStart.get(m.span.start) ?? []),
        m.ambiguous ? `?${e.name}` : e.name,
      ]);
    }
  }
  return [...byStart.entries()].sort((a, b) => a[0] - b[0]).map(([, names]) => names);
}
