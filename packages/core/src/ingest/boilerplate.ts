import type { Boilerplate } from "../schemas/article.ts";

export type BoilerplateReason = Boilerplate["reason"];

/** Page chrome is short; a longer line is article text whatever words it starts with. */
const MAX_CHROME_LENGTH = 200;

/**
 * What web-page chrome looks like once a page is copied as text: comment boxes, share bars,
 * navigation, ad labels, related-link headers, feedback prompts, contact lines, copyright and
 * UI fragments. Each pattern is anchored and free of nested quantifiers (linear time).
 */
const RULES: ReadonlyArray<readonly [BoilerplateReason, RegExp]> = [
  // Comment boxes: login prompts, calls to join, counters such as "(0/250자)" or "(0/500 characters)".
  [
    "comments",
    /^to (?:write|post|leave|add|view|read|see) (?:a |your )?(?:comments?|replies|reply)\b/i,
  ],
  [
    "comments",
    /^(?:please )?(?:log|sign) ?in (?:to|with) (?:write|post|leave|add|comment|reply)\b/i,
  ],
  ["comments", /^(?:join|start|continue) the (?:conversation|discussion|debate)\b/i],
  ["comments", /^(?:leave|post|add|write|submit) (?:a|your) (?:comment|reply|response)\b/i],
  ["comments", /^(?:\d+ )?comments?(?: \(\d+\))?$/i],
  ["comments", /^(?:view|show|load|see|read) (?:all |more )?(?:\d+ )?(?:comments|replies)\b/i],
  [
    "comments",
    /^(?:comment(?:ing)? (?:policy|guidelines|rules)|community (?:guidelines|standards|rules))\b/i,
  ],
  ["comments", /\(\s*\d{1,5}\s*\/\s*\d{1,5}\s*(?:자|characters?|chars?|bytes?)?\s*\)$/i],
  ["comments", /^(?:be the first to comment|no comments yet)\b/i],
  // Feedback prompts.
  [
    "feedback",
    /^(?:share|send|give|leave) (?:us )?(?:your )?(?:feedback|comments on this translation)\b/i,
  ],
  ["feedback", /^(?:report (?:an? )?(?:error|mistake|typo|correction)|suggest a correction)\b/i],
  [
    "feedback",
    /^(?:was this (?:article|story) (?:helpful|useful)|did you find this (?:article|story))/i,
  ],
  ["feedback", /^(?:got|have) a (?:news )?tip\b/i],
  // Share bars: a line made only of share targets ("Share Facebook X Email Print").
  [
    "share",
    /^(?:share(?: this(?: article| story| page| post)?)?|share (?:on|via) [A-Za-z]+(?: ?[|·•,/] ?[A-Za-z]+)*|copy link|link copied)\s*:?$/i,
  ],
  [
    "share",
    /^(?:(?:facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|kakao(?:talk|story)?|line|naver|band|threads|bluesky|e-?mail|print|copy(?: link)?|share|tweet|save|bookmark|url)(?:[\s|·•,/:]+|$)){2,12}$/i,
  ],
  // Navigation.
  [
    "navigation",
    /^(?:skip to (?:main )?content|skip navigation|home|menu|search|sign ?in|log ?in|log ?out|sign ?up|register|subscribe(?: now)?|newsletters?|back to top|go to top|top|previous(?: article)?|next(?: article)?|more|close|open menu|toggle navigation|all sections|sections|edition|font size|text size|listen(?: to this article)?|print(?: this article)?)$/i,
  ],
  ["navigation", /^(?:home|news|[a-z]+) ?[>›»] ?[^\n]{1,120}$/i],
  // Advertisement labels.
  [
    "advertisement",
    /^(?:advertisement|advertising|ad|ads|sponsored(?: content| post| links?)?|paid (?:post|content)|promoted(?: content)?|story continues below(?: advertisement)?|scroll to continue(?: with content)?|article continues (?:below|after (?:this )?advertisement))$/i,
  ],
  // Related-content headers and teasers.
  [
    "related",
    /^(?:related(?: articles?| stories| news| coverage| content| topics| posts)?|read more|read next|more (?:from|on|in|stories|news)\b.{0,80}|recommended(?: for you| stories| articles)?|you (?:may|might) (?:also )?like|most (?:read|popular|viewed|shared)|also read|see also|trending(?: now| stories)?|top stories|latest (?:news|stories|articles)|editor'?s picks?|what to read next)\s*:?(?:\s.{0,160})?$/i,
  ],
  // Contact lines.
  [
    "contact",
    /^(?:contact us|about us|for (?:more information|inquiries|enquiries)|e-?mail us\b|write to us|send (?:us )?(?:a )?(?:letter|tip|news tip)|reach the (?:reporter|author|writer) at|to contact the (?:reporter|author|editor))/i,
  ],
  // Copyright, legal and "first published" notes, update stamps and widget fragments.
  [
    "page-chrome",
    /^(?:©|\(c\) ?\d{4}|copyright\b|all rights reserved|unauthorized reproduction|terms of (?:use|service)|privacy(?: policy)?|cookie (?:policy|settings)|(?:last )?updated ?:|modified ?:|this (?:article|story) (?:was )?(?:first|originally) (?:published|appeared))/i,
  ],
  // A dangling widget fragment such as "with the Korea JoongAng Daily" (left of a login box):
  // starts with a lowercase preposition, no sentence punctuation, a handful of words.
  ["page-chrome", /^(?:with|via|by|from|for|on|in) (?:the )?[A-Z][^.!?"“”]{0,60}$/],
];

/** The chrome reason for a line, or null when the line is not page chrome. */
export function boilerplateReason(line: string): BoilerplateReason | null {
  const text = line.trim();
  if (text === "" || text.length > MAX_CHROME_LENGTH) return null;
  for (const [reason, pattern] of RULES) {
    if (!pattern.test(text)) continue;
    // "More on that later." is prose; a related-links header or teaser has no full stop.
    if (reason === "related" && /[.!?]["'”’]?$/.test(text)) continue;
    return reason;
  }
  return null;
}
