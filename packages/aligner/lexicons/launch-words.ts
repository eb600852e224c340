/**
 * Verbs of putting out a campaign or an advertisement, with their forms, and the nouns of what is
 * put out ("The Harbour Trust rolled out a “Port First” campaign", "launched an ad titled “…”"): the
 * quoted name of such a campaign is its launcher's own coinage, not a label others gave. Source:
 * common English verbs and nouns of political and commercial campaigning (general knowledge, AP
 * style); read only by attribution/sieves/scare-quote.ts.
 */
export const LAUNCH_VERB_FORMS: ReadonlySet<string> = new Set(
  `launch launches launched launching unveil unveils unveiled unveiling roll rolls rolled rolling
  debut debuts debuted debuting premiere premieres premiered premiering kick kicks kicked kicking
  start starts started starting began begins begin beginning`
    .split(/\s+/)
    .filter(Boolean),
);

/** What a campaign puts out under a name of its own. */
export const LAUNCHED_NOUNS: ReadonlySet<string> = new Set(
  `campaign campaigns ad ads advert adverts advertisement advertisements commercial commercials
  video videos initiative initiatives petition drive slogan documentary`
    .split(/\s+/)
    .filter(Boolean),
);
