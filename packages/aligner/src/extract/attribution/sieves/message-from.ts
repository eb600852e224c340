// Attribution layer, a sieve after the possessed message: a quotation whose cue's subject is a
// message sent by someone — `A statement from Ada Lund read: “…”`, `“…,” read a statement from
// the Harbour Council.`, `“…,” the letter from Lund reads.` The message speaks its sender's words,
// and "read" is the verb a written message takes, so these cues name no one to the readers of
// reporting verbs (a statement "said" is read there already: `“…,” a statement from Lund said`).

import { MESSAGE_NOUNS } from "../../../../lexicons/reporting-verbs.ts";
import type { ArticleText } from "../../article-text.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import type { Quotation } from "../../quotation-marks.ts";
import { colonRightBefore, leadInBefore } from "../cues/colon-introduced.ts";
import { nameEntity } from "./possessed-message.ts";
import type { SieveFinding } from "./sieve-finding.ts";

const MESSAGES = MESSAGE_NOUNS.trim().split(/\s+/).join("|");

/** One to four capitalised words (initials and dotted titles allowed), "the" before a body's. */
const NAME = String.raw`(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]*`;

/** "a statement from Ada Lund" / "the brief letter from the Harbour Council": the sender last. */
const MESSAGE_FROM = String.raw`(?:[Aa]n?|[Tt]he)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:${MESSAGES})\s+from\s+(${NAME})`;

/** The verb a message takes: "read", and "said"/"stated" after it in the trailing order. */
const READ = "(?:read|reads)";

/** `A statement from Ada Lund read:` — the whole clause before the colon. */
const COLON_CLAUSE = new RegExp(
  String.raw`^(?:(?:And|But|Then)\s+)?${MESSAGE_FROM}\s+${READ}\s*$`,
  "u",
);

/**
 * `,” read a statement from Lund.` / `,” the statement from Lund read.` / `,” Lund’s statement
 * read.` — the sender's name ends the "from" phrase, or is the possessor.
 */
const TRAILING = [
  new RegExp(String.raw`^,?\s+${READ}\s+${MESSAGE_FROM}\s*(?:[.;]|,\s|$)`, "u"),
  new RegExp(String.raw`^,?\s+${MESSAGE_FROM}\s+${READ}\b`, "u"),
  // `,” Ada Lund’s statement read.`: the possessor sent it.
  new RegExp(
    String.raw`^,?\s+(${NAME})[’']s\s+(?:[\p{Ll}-]+\s+){0,2}?(?:${MESSAGES})\s+${READ}\b`,
    "u",
  ),
];

/**
 * The sender of the message whose reading introduces `quotation`: before a colon ending the
 * clause that opens the sentence, or in the cue right after a closing mark that ends on a comma
 * or the sentence's own mark. Only a person or organisation the registry knows by that name, and
 * only when the name ends the phrase (`a statement from Lund's office` names the office).
 */
export function messageFrom(
  text: ArticleText,
  registry: EntityRegistry,
  quotation: Quotation,
): SieveFinding | null {
  const { body } = text;
  const colon = colonRightBefore(body, quotation.open);
  if (colon >= 0) {
    const lead = leadInBefore(text, colon);
    if (lead === null) return null;
    const { start, clause } = lead;
    const m = COLON_CLAUSE.exec(clause);
    if (m === null) return null;
    return sender(
      registry,
      body,
      start + m.index + m[0].lastIndexOf(m[1]!),
      m[1]!,
      start,
      colon + 1,
    );
  }
  // The closing mark ends the quotation's clause: `,”` or `.”` / `?”` just inside it.
  if (!/[,.?!]/.test(body[quotation.close - 1] ?? "") && body[quotation.close + 1] !== ",")
    return null;
  const after = body.slice(quotation.close + 1, quotation.close + 121);
  for (const pattern of TRAILING) {
    const m = pattern.exec(after);
    if (m === null) continue;
    const at =
      quotation.close + 1 + m.index + m[0].indexOf(m[1]!, Math.max(0, m[0].search(/from\s/u)));
    return sender(
      registry,
      body,
      at,
      m[1]!,
      quotation.close + 1,
      quotation.close + 1 + m[0].length,
    );
  }
  return null;
}

function sender(
  registry: EntityRegistry,
  body: string,
  nameStart: number,
  name: string,
  cueStart: number,
  cueEnd: number,
): SieveFinding | null {
  const bare = name.replace(/^the\s+/u, "");
  const start = nameStart + (name.length - bare.length);
  const end = start + bare.length;
  // "the Harbour Council": a body's name is one mention from its first word.
  const within = registry.entitiesIn(start, end);
  const speaker =
    nameEntity(registry, body, start, end) ?? (within.length === 1 ? within[0]! : null);
  if (speaker === null || !registry.canSpeak(speaker)) return null;
  return { speaker, start: cueStart, end: cueEnd };
}
