// Entity layer: title-surname mentions ("Minister Kim", "Mr. Vint") resolved to the person of that
// surname whose title fits, kept apart from a namesake of another post (title-clash.ts).

import { honorificGender } from "../../person-names.ts";
import { titleKey } from "../clause-openers.ts";
import type { MentionRecord } from "../entity-records.ts";
import type { EntityRegistry } from "../entity-registry.ts";
import { opposite } from "../name-rules.ts";
import { setApartByGeneration } from "./generation-contrast.ts";
import { introducedBefore } from "./introduced-people.ts";
import { clashesWithPerson } from "./title-clash.ts";

/**
 * "Minister Kim" as one key, title and surname together: the same title with the same surname
 * means one person in an article, but "Mr. Vint" says nothing about who "Mr. Lund" is.
 */
function titledSurname(r: EntityRegistry, m: MentionRecord): string {
  return `${titleKey(m)} ${r.mentionedSurname(m)}`;
}

export function resolveTitleSurnames(r: EntityRegistry): void {
  const pending: MentionRecord[] = [];
  for (const m of r.mentions) {
    if (m.form !== "title-surname") continue;
    if (setApartByGeneration(r.text.body, m.start)) m.ambiguous = true;
    else pending.push(m);
  }
  const byTitle = new Map<string, number>();
  // Pass 1: a title that fits exactly one person of that surname.
  for (const m of pending) {
    let candidates = r.candidatesFor(m);
    m.candidates = candidates;
    // "Mrs. Roe" is never Bill Roe: an honorific's gender rules out people of the other one,
    // and of two left, the one whose gender is known to match is meant.
    const said = honorificGender(m.title ?? "");
    if (said !== null && candidates.length > 0) {
      const kept = candidates.filter((c) => r.entities[c]!.gender !== opposite(said));
      const matching = kept.filter((c) => r.entities[c]!.gender === said);
      candidates = matching.length === 1 ? matching : kept;
      m.candidates = candidates;
    }
    // Only the people named in full before it (of a gender the honorific allows, above): a
    // reporter names a person before writing "Mr. Lund", and a given name no lexicon knows is no
    // reason to doubt that one.
    candidates = introducedBefore(r, candidates, m.start);
    // "Ada Lund, the harbour director, … Minister Lund": never a person the article gave another
    // post (title-clash.ts); with nobody left, Minister Lund is someone else. One left of several
    // is no default: only a title that fits names them ("Deputy Minister Lund" beside a director
    // Lund and a minister Lund is neither).
    const fitting = candidates.filter((c) => !clashesWithPerson(m.title ?? "", r.entities[c]!));
    const narrowed = fitting.length > 0 && fitting.length < candidates.length;
    candidates = fitting;
    m.candidates = candidates;
    if (narrowed && candidates.length === 1) {
      if (r.compatible(candidates, m.title ?? "").length === 1) m.entity = candidates[0]!;
    } else if (candidates.length === 0) {
      const surname = r.text.body.slice(m.start, m.end).split(" ").pop() ?? "";
      const index = r.entityFor("person", `${m.title ?? ""} ${surname}`.trim(), surname);
      if (said !== null) r.entities[index]!.gender = said;
      m.entity = index;
      m.candidates = [index];
    } else if (candidates.length === 1) m.entity = candidates[0]!;
    else {
      const fit = r.compatible(candidates, m.title ?? "");
      if (fit.length === 1) m.entity = fit[0]!;
    }
    if (m.entity !== null) byTitle.set(titledSurname(r, m), m.entity);
  }
  // Pass 2: the same title and surname always mean the same person in one article (and only
  // ever one of the mention's own candidates); two different titles
  // with one surname in one sentence ("Deputy Minister Kim ... and Minister Kim") are two people.
  for (const m of pending) {
    if (m.entity !== null) continue;
    const same = byTitle.get(titledSurname(r, m));
    if (same !== undefined && m.candidates.includes(same)) {
      m.entity = same;
      continue;
    }
    const others = pending.filter(
      (o) =>
        o !== m &&
        o.sentence === m.sentence &&
        o.entity !== null &&
        titleKey(o) !== titleKey(m) &&
        r.mentionedSurname(o) === r.mentionedSurname(m),
    );
    const remaining = m.candidates.filter((c) => !others.some((o) => o.entity === c));
    if (others.length > 0 && remaining.length === 1) {
      m.entity = remaining[0]!;
      byTitle.set(titledSurname(r, m), m.entity);
    }
  }
  for (const m of pending) {
    if (m.entity === null) {
      m.ambiguous = true;
      // "Minister Kim of the Ministry …" with two Kims the title cannot tell apart: whoever
      // the phrase names is not known, and the ministry is not the one speaking either.
      const title = { start: m.start, end: m.start + (m.title?.length ?? 0) };
      const post = m.title ? r.postAfter(m.end, title) : null;
      if (post) r.postHolders.set(post.start, "ambiguous");
    } else r.addSurnameTitle(m, m.entity);
  }
  // A title-surname whose person was found by elimination: propagate to its other mentions.
  for (const m of pending) {
    if (m.entity === null) {
      const same = byTitle.get(titledSurname(r, m));
      if (same !== undefined && m.candidates.includes(same)) {
        m.entity = same;
        m.ambiguous = false;
        r.addSurnameTitle(m, same);
      }
    }
  }
}
