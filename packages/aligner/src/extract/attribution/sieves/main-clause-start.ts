import { isOpeningChain } from "../cues/opening-adverbial.ts";
import { afterDateline } from "./after-dateline.ts";

/**
 * The first answer `at` gives at a start of the main clause of the sentence at `sStart`, before
 * `limit`: past a dateline, then after each comma that closes an opening chain ("In an interview
 * with reporters Thursday, …"). `at` returns undefined when nothing opens at that start, so a
 * later comma may start the clause; a number or null ends the search. Null when no start answers.
 */
export function atMainClauseStart(
  body: string,
  sStart: number,
  limit: number,
  at: (from: number) => number | null | undefined,
): number | null {
  const start = afterDateline(body, sStart, limit);
  const lead = body.slice(start, limit);
  for (let comma = -1; ; comma = lead.indexOf(",", comma + 1)) {
    if (comma >= 0 && !isOpeningChain(lead.slice(0, comma))) return null;
    const found = at(start + comma + 1);
    if (found !== undefined) return found;
    if (lead.indexOf(",", comma + 1) < 0) return null;
  }
}
