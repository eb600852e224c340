/**
 * `After Vint said that ferries do better at “quiet ports,” Lund said: “I don't like it.”`: a
 * quotation whose opening mark follows a colon is introduced by the words before that colon.
 * So a cue ending on the colon closes no earlier quotation, and a reported clause begun before the
 * colon ("Vint said that …") does not run on into the quotation after it.
 */

/** The cue ending at `verbEnd` goes on to a colon and an opening quotation mark. */
export function opensColonQuotation(body: string, verbEnd: number): boolean {
  return /^\s*:\s*[“"‘']/.test(body.slice(verbEnd, verbEnd + 6));
}

/** The index of a colon right before `open`, spaces allowed between them; -1 if none. */
export function colonRightBefore(body: string, open: number): number {
  let at = open;
  while (at > 0 && body.charCodeAt(at - 1) === 32) at -= 1;
  return body[at - 1] === ":" ? at - 1 : -1;
}

/** A colon stands right before the opening mark at `open`, after `from`. */
export function colonBefore(body: string, from: number, open: number): boolean {
  const before = body.slice(Math.max(from, open - 4), open);
  return /:\s*$/.test(before);
}
