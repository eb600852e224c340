import { DYING_PHRASES } from "../../lexicons/event-words.ts";
import type { AlignUnit } from "../align/units.ts";
import { eventVerb } from "./event-triggers.ts";
import type { EventCluster } from "./story-events.ts";

/** The class every verb of dying and killing is read as ("was killed", "died", "was murdered"). */
const DYING = eventVerb("die");

const DYING_AFTER = new RegExp(
  // An aside between commas may stand between the name and the verb ("Dana Vey, 81, died";
  // "Dana Vey, who founded the firm, died"), closing quotation marks included.
  `^(?:,[^,]{0,120},)?[’'"”]?\\s+(?:${DYING_PHRASES.map((p) => p.replace(/ /g, "\\s+")).join("|")})\\b`,
  "i",
);

/**
 * The people a story tells died: each keyed a death happening two outlets or more tell
 * (`story-events.ts`; a thread's main happening aside, keyed by its protagonist whatever happened
 * to them), and one of its statements says so of them — their surname as the subject of dying
 * ("Vey died", "Vey, 81, was killed"). The key alone is not enough: a killing can be keyed by the
 * prosecutor or the minister its statements name first.
 */
export function deceasedPeople(
  events: readonly EventCluster[],
  units: readonly AlignUnit[],
  surnameOf: (entityId: string) => string,
): Set<string> {
  const dead = new Set<string>();
  for (const event of events) {
    if (event.main || event.action !== DYING) continue;
    const who = event.participants[0];
    if (who === undefined || dead.has(who)) continue;
    const surname = surnameOf(who);
    if (surname.length < 2) continue;
    const told = event.units.some((index) => {
      const text = units[index]?.text ?? "";
      let at = text.indexOf(surname);
      while (at >= 0) {
        if (DYING_AFTER.test(text.slice(at + surname.length))) return true;
        at = text.indexOf(surname, at + 1);
      }
      return false;
    });
    if (told) dead.add(who);
  }
  return dead;
}
