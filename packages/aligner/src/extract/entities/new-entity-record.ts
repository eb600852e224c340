// Entity layer: the record an entity starts with when the registry first meets its name.
import type { EntityKind } from "@parallax/core";
import type { EntityRecord } from "./entity-records.ts";
import { familyNameFirst, genderOfName } from "./name-rules.ts";

/** A new entity's record: no titles yet; a person's gender from the given name, if it has one. */
export function newEntityRecord(
  kind: EntityKind,
  name: string,
  surname: string | null,
): EntityRecord {
  const person = kind === "person";
  return {
    kind,
    name,
    surname,
    familyFirst: person ? familyNameFirst(name, surname) : null,
    titles: [],
    titleWords: [],
    unnamed: false,
    // "Hillary Roe" is a woman whatever the text says later: the given name's gender, if any.
    gender: person ? genderOfName(name) : null,
    suffix: null,
  };
}
