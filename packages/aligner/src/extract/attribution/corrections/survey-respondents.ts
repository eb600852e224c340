// Attribution layer: a share of a survey's respondents speaks for the survey. In "A Harbour Wire
// poll found that 54 percent of voters said the port should stay open" or "In a recent survey,
// six in 10 dockers say they would strike" the words are the survey's finding, credited to the
// survey (or its share of respondents as a whole), never to the group or place the share is of
// ("voters", "Harbourlanders"). The quote is left unknown: a wrong speaker is worse than none.
// Where the sentence names no survey, a share written before the group ("Half of Norland
// Democrats said", "12% of Democrats say") still never makes the group, or the place naming it,
// the speaker; a share that is itself the mention ("Twenty-four percent said") is the survey's
// own reading there and is kept.
import { SURVEY_NOUNS } from "../../../../lexicons/survey-nouns.ts";
import type { ArticleText } from "../../article-text.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import { NUMBER_PATTERN } from "../../number-words.ts";
import type { QuoteDraft } from "../quote-drafts.ts";
import { entityMentionsWithin, mentionsByStart } from "./cue-mentions.ts";

/** "54 percent", "54%", "six in 10", "two out of three", "half", "a majority", "three times as many". */
const SHARE = String.raw`(?:${NUMBER_PATTERN}\s*(?:percent|per cent|%)|${NUMBER_PATTERN}\s+(?:in|out of)\s+${NUMBER_PATTERN}|half|a third|a quarter|two-thirds|three-quarters|(?:a|the)\s+(?:slim\s+|clear\s+|large\s+)?(?:majority|plurality)|majorities|as many)`;

/** A share closing the words before the speaker's mention ("54 percent of", "six in 10"). */
const SHARE_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}\d])${SHARE}(?:\s+of(?:\s+the)?)?\s+$`,
  "iu",
);

/** A mention that is itself a share ("54 percent of respondents", "Nearly half"). */
const SHARE_MENTION = new RegExp(
  String.raw`^(?:(?:some|nearly|almost|about|roughly|just|only|more than|fewer than|over|under)\s+)?${SHARE}(?![\p{L}\d])`,
  "iu",
);

const SURVEY_WORD = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:${[...SURVEY_NOUNS].join("|")})(?![\p{L}])`,
  "iu",
);

/** Whether the mention from `start` to `end` names a share of respondents. */
export function namesShare(body: string, start: number, end: number): boolean {
  if (SHARE_MENTION.test(body.slice(start, end))) return true;
  return shareBefore(body, start);
}

/** Whether a share closes the words right before `start` ("Half of", "12% of", "six in 10"). */
function shareBefore(body: string, start: number): boolean {
  return SHARE_BEFORE.test(body.slice(Math.max(0, start - 40), start));
}

/** Clears the speaker of every quote whose cue's speaker is a share of a survey's respondents. */
export function dropSurveyShares(
  text: ArticleText,
  registry: EntityRegistry,
  drafts: QuoteDraft[],
): void {
  const { body } = text;
  const sorted = mentionsByStart(registry);
  // Whether each sentence names a survey: read once per sentence, not once per quote in it.
  const namesSurvey = new Map<number, boolean>();
  for (const draft of drafts) {
    if (draft.cue === null || typeof draft.speaker !== "number") continue;
    const { start, end } = draft.cue;
    const si = text.sentenceIndexAt(start);
    const sentence = text.sentences[si];
    if (sentence === undefined) continue;
    let survey = namesSurvey.get(si);
    if (survey === undefined) {
      survey = SURVEY_WORD.test(body.slice(sentence.span.start, sentence.span.end));
      namesSurvey.set(si, survey);
    }
    const own = entityMentionsWithin(sorted, draft.speaker, start, end).filter(
      (m) => !m.possessive,
    );
    if (own.length === 0) continue;
    const from = (m: { start: number }) => Math.max(m.start, sentence.span.start);
    const share = survey
      ? (m: { start: number; end: number }) => namesShare(body, from(m), m.end)
      : (m: { start: number; end: number }) =>
          shareBefore(body, from(m)) && !SHARE_MENTION.test(body.slice(from(m), m.end));
    if (!own.every(share)) continue;
    draft.speaker = null;
    draft.cue = null;
  }
}
