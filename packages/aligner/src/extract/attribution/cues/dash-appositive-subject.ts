// Attribution layer: the person named in an appositive set off by dashes between a description
// and its verb ("A former candidate — Tom Vint, who lost the primary — said").

import type { EntityRegistry } from "../../entities/entity-registry.ts";
import { countWords, spaceEnd, spaceStartBack } from "../text-scan.ts";

/** How far the opening dash of an appositive may sit before its closing one. */
const DASH_REACH = 160;

/** A noun phrase's opening word that makes it a description, no name: "the senator", "a rival". */
const DESCRIPTION_OPENER = /^(?:a|an|the|another|one|his|her|their|its|our)\s/i;

/**
 * `The senator — Ada Lund — said …` / `A former candidate — Tom Vint, who lost the primary — said
 * …`: the verb comes right after a closing dash, the stretch between the dashes opens with a name
 * the registry read as a person (what follows it, after a comma, describes that person), and the
 * words before the opening dash are a description of at most eight words opening with a
 * determiner. The dashed name is the description's referent, so it is the verb's subject. Typed
 * dashes ("--", " - ") read as em dashes (dash-styles.ts). A possessive name ("— Vint's aide —"),
 * a list ("— Lund and Vint —") or an unknown name stays unread.
 */
export function dashAppositiveSubject(
  registry: EntityRegistry,
  body: string,
  sStart: number,
  verbStart: number,
): number | null {
  const afterClose = spaceStartBack(body, sStart, verbStart);
  if (afterClose <= sStart || body[afterClose - 1] !== "—") return null;
  const close = afterClose - 1;
  const open = body.lastIndexOf("—", close - 1);
  if (open < sStart || close - open > DASH_REACH) return null;
  // The description: from the clause's last comma (or the sentence's start) to the opening dash.
  const comma = body.lastIndexOf(",", open);
  const descStart = spaceEnd(body, Math.max(sStart, comma + 1), open);
  const description = body.slice(descStart, open).trimEnd();
  if (!DESCRIPTION_OPENER.test(description) || countWords(description) > 8) return null;
  if (/[;:“”"(]/.test(description)) return null;
  const at = spaceEnd(body, open + 1, close);
  const { mentions } = registry.mentionLists();
  const m = mentions[registry.firstFrom(at)];
  if (m === undefined || m.start !== at || m.end > close || m.form !== "name") return null;
  if (m.entity === null || m.ambiguous || m.possessive) return null;
  if (registry.kindOf(m.entity) !== "person") return null;
  const rest = body.slice(m.end, close).trim();
  if (rest !== "" && !rest.startsWith(",")) return null;
  if (/^,\s*(?:and|or|&)\s/.test(rest) || /\s(?:and|or|&)\s+\p{Lu}/u.test(rest.slice(0, 40)))
    return null;
  return m.entity;
}
