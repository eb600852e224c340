// Attribution layer, speaker ranker: the names of the features candidate-features.ts computes, in
// the order of every candidate's vector and of the weights file.

/**
 * Feature names, in the order of every candidate's vector (the weights file keeps the same order).
 * Each is 0/1 or a number in [0, 1]; the bias is the constant 1.
 */
export const FEATURES = [
  "bias",
  /** A mention outside quotation marks in the quote's sentence, before the opening mark. */
  "sentenceBefore",
  /** A mention in the quote's sentence after the closing mark ("…,” the Roe campaign added). */
  "sentenceAfter",
  /** The first candidate mentioned in the quote's sentence (its likely subject). */
  "firstInSentence",
  /** A mention opens the quote's sentence. */
  "opensSentence",
  /** A mention followed by a reporting verb ("Roe said", "Roe has argued"). */
  "beforeReportingVerb",
  /** A mention followed by any finite-looking verb ("Roe blasted", "Roe calls"). */
  "beforeVerb",
  /** 1 / (1 + sentences back to the nearest mention before the quote); 0 when none before. */
  "nearness",
  /** A mention in the quote's paragraph. */
  "sameParagraph",
  /** A he/she pronoun the registry resolved to this candidate in the quote's sentence. */
  "pronounInSentence",
  /** The speaker of the latest attributed quote before this one. */
  "lastSpeaker",
  /** The last speaker spoke in this paragraph or the one before. */
  "lastSpeakerNear",
  /** A person (else an organisation). */
  "person",
  /** An unnamed source ("a spokesman"). */
  "unnamed",
  /** A he/she outside the quotation in its sentence and this candidate's gender matches it. */
  "genderAgrees",
  /** …and this candidate cannot be that pronoun (another gender, or not a person). */
  "genderClashes",
  /** Every mention in the window is inside quotation marks (someone talked about). */
  "onlyQuoted",
  /** 1 / number of candidates. */
  "alone",
  /** Share of the window's mentions that are this candidate's. */
  "share",
  /** The candidate is the article's most mentioned person or organisation. */
  "mostMentioned",
  /** The quotation is its paragraph (quote-level: shifts every candidate alike). */
  "wholeParagraph",
  /** The quotation is at most three words (a scare quote, a title). */
  "shortQuote",
  /** The quotation sits inside a sentence with words before it (not a lead quote). */
  "insideSentence",
  /** A mention before the opening mark in the quote's sentence, followed by a verb. */
  "subjectInSentence",
  /** A mention in the quote's sentence next to a reporting verb ("Roe said", "said Roe"). */
  "reportingInSentence",
  /** The nearest mention before the opening mark in the quote's sentence. */
  "nearestBefore",
  /** The quote's sentence has a reporting verb outside quotation marks. */
  "sentenceReports",
  /** A determiner right before the opening mark: the quotation is part of a noun phrase. */
  "afterDeterminer",
  /** "called it “…”", "dubbed him a “…”", "described as “…”": a naming verb just before. */
  "afterNamingVerb",
  /** A colon right before the opening mark. */
  "afterColon",
  /** Another recent speaker (not the last) of the window. */
  "earlierSpeaker",
  /** The most recent speaker whose gender fits the sentence's he/she (the gold's own reading). */
  "lastFittingSpeaker",
  /** The quotation holds more than one sentence. */
  "severalSentences",
  /** The quotation has eight words or more. */
  "longQuote",
  /** A he/she outside the quotation in its sentence (quote-level). */
  "heOrShe",
  /** "they", "it", "we" or "I" before a reporting verb outside the quotation: a speaker that is
   *  no candidate (quote-level). */
  "otherPronounReports",
  /** The quotation opens with a capital and ends with a sentence mark or comma: a whole clause. */
  "wholeClause",
  /** A mention next to the reporting verb nearest the quotation's marks in its sentence (its
   *  subject, "Roe said", or "said Roe"). */
  "nearestVerbSubject",
  /** The sentence's reporting verb nearest the marks has no candidate next to it: someone who is
   *  no candidate speaks ("critics say", "aides argued"; quote-level). */
  "verbUnclaimed",
  /** The first mention before a verb in the sentence before the quote's (its likely subject). */
  "previousSubject",
  /** 1 / (1 + paragraphs back to the nearest mention); 0 when none. */
  "paragraphNearness",
  /** A recent speaker whose latest quote is in the quote's paragraph (a continued quote). */
  "spokeInParagraph",
  /** The candidate's mentions in the whole article, log-scaled to [0, 1]. */
  "articleMentions",
  /** A mention a few words after "by" in the quote's sentence ("asked by host Roe"). */
  "afterBy",
  /** The quotation's words, up to 40, over 40 (quote-level). */
  "quoteLength",
  /** The quotation opens its paragraph (quote-level). */
  "opensParagraph",
  /** Nothing but punctuation follows the quotation in its paragraph (quote-level). */
  "endsParagraph",
  /** The quotation opens with a lower-case letter: a fragment (quote-level). */
  "lowercaseStart",
  /** A mention in the quote's sentence right after a reporting verb that comes before the
   *  quotation: the one spoken to ("told Roe", "asked Roe"). */
  "verbObject",
  /** A mention in the quote's sentence before a passive reporting verb ("Roe was asked"). */
  "passiveSubject",
  /** A mention in the quote's sentence naming whose people speak ("Roe aides said"). */
  "modifier",
  /** The quote's sentence opens, before the quotation, with a determiner or possessive ("The
   *  remarks suggest", "His campaign said"): a description is its subject (quote-level). */
  "descriptionOpens",
  /** A noun naming a phrase right before the opening mark ("the term “…”", "chants of “…”";
   *  quote-level). */
  "afterPhraseNoun",
  /** The only candidate the sentence's he/she can be. */
  "soleFit",
  /** A mention before the opening mark in the quote's sentence followed by a verb of judging in
   *  words ("Roe criticised the plan as “…”", "Roe praised its “…”"). */
  "judgingSubject",
  /** A mention right before the colon that opens the quotation ("Roe and Vint: “…”"). */
  "beforeColon",
] as const;

export type FeatureName = (typeof FEATURES)[number];
