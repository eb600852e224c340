import { CLAUSE_REPORTING_VERB_FORMS } from "../../../../lexicons/reporting-verbs.ts";
import { sticky, wordQuery } from "../../word-index.ts";

// The reporting verbs the cue reader finds anywhere in a sentence (lexicons/reporting-verbs.ts
// CLAUSE_REPORTING_VERB_FORMS), in the forms its readers need.
const CLAUSE_VERB_FORMS = CLAUSE_REPORTING_VERB_FORMS.trim().split(/\s+/);

/** Every clause reporting verb of a text, in order. */
const CLAUSE_VERB = new RegExp(`\\b(?:${CLAUSE_VERB_FORMS.join("|")})\\b`, "g");

/** A clause reporting verb at a given offset (sticky), for verbs already located by the index. */
export const CLAUSE_VERB_AT = sticky(CLAUSE_VERB);

/** Whether a stretch of text holds a clause reporting verb anywhere (no state between calls). */
export const ANY_CLAUSE_VERB = new RegExp(CLAUSE_VERB.source);

/** The clause reporting verbs as a word-index query: where each one starts in an article. */
export const CLAUSE_VERB_WORDS = wordQuery(CLAUSE_VERB_FORMS);
