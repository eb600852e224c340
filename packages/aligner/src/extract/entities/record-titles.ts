// Titles on an entity record: "Minister", "Minister of Trade" (qualified), each wording once.
import { type Title, titleLabel } from "@parallax/core";
import { titleWords } from "../titles.ts";
import type { EntityRegistry } from "./entity-registry.ts";

/** Gives a person a title read at [start, end), once per wording. */
export function addTitle(r: EntityRegistry, entity: number, start: number, end: number): void {
  if (namesAnotherPerson(r, entity, start, end)) return;
  const text = r.text.body.slice(start, end);
  const record = r.entities[entity]!;
  const norm = text.toLowerCase();
  if (record.titles.some((t) => t.text.toLowerCase() === norm)) return;
  record.titles.push({ text, span: r.text.span(start, end) });
  record.titleWords.push(titleWords(text));
}

/** A qualified title replaces the same title said bare (one post); the same label is kept once. */
export function addQualifiedTitle(
  r: EntityRegistry,
  entity: number,
  start: number,
  end: number,
  qualifierStart: number,
  qualifierEnd: number,
): void {
  const record = r.entities[entity]!;
  const title: Title = {
    text: r.text.body.slice(start, end),
    span: r.text.span(start, end),
    qualifier: {
      text: r.text.body.slice(qualifierStart, qualifierEnd),
      span: r.text.span(qualifierStart, qualifierEnd),
    },
  };
  const label = titleLabel(title).toLowerCase();
  if (record.titles.some((t) => titleLabel(t).toLowerCase() === label)) return;
  const norm = title.text.toLowerCase();
  const bare = record.titles.findIndex((t) => !t.qualifier && t.text.toLowerCase() === norm);
  if (bare >= 0) {
    record.titles[bare] = title;
    return;
  }
  record.titles.push(title);
  record.titleWords.push(titleWords(title.text));
}

/**
 * Whether a title read for one person holds another person's name: "Chief of Staff Ada Lund,
 * Deputy Chief of Staff Ivo Vint and …" read as Lund's appositive is the next person's post, not
 * hers ("deputy" is Vint's). A name with "'s" is the post's owner ("Ada Lund's lawyer Ivo Vint").
 */
function namesAnotherPerson(
  r: EntityRegistry,
  entity: number,
  start: number,
  end: number,
): boolean {
  // Mentions are sorted by start: those inside the title are read from the first at its start, so
  // a long text with many titles costs no scan of every mention per title.
  for (let i = r.firstFrom(start); i < r.mentions.length; i += 1) {
    const m = r.mentions[i]!;
    if (m.start >= end) return false;
    if (
      m.form === "name" &&
      m.entity !== null &&
      m.entity !== entity &&
      r.entities[m.entity]?.kind === "person" &&
      // "Ada Lund's lawyer Ivo Vint": the owner of the post, named in it, is no other holder.
      !/^['’]s?\b/.test(r.text.body.slice(m.end, m.end + 2))
    )
      return true;
  }
  return false;
}
