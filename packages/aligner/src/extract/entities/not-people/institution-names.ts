// Mention layer: a capitalised run that is an institution's name, not a person's. "CEO of
// Harbour Restaurant Association stated" reads "CEO of Harbour" as a title before the "name"
// "Restaurant Association"; "the Orrin Police Department" starts with a given name.

import { INSTITUTION_HEADS } from "../../../../lexicons/organization-words.ts";
import { followedByOtherThing } from "../../person-names.ts";
import { ORGANIZATION_ENDING_WORDS } from "../mention-patterns.ts";

/**
 * Whether `name`, ending at body offset `end`, is (part of) an institution's name: its last word
 * is an organisation ending or institution head ("Restaurant Association", "Workers Union"), or
 * the words after it make it one ("Orrin Police" before "Department").
 */
export function namesAnInstitution(body: string, name: string, end: number): boolean {
  const last = name.slice(name.lastIndexOf(" ") + 1);
  if (ORGANIZATION_ENDING_WORDS.has(last) || INSTITUTION_HEADS.has(last)) return true;
  return followedByOtherThing(body, end);
}
