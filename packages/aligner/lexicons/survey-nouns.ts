/**
 * Nouns for a survey of opinion, which a name only commissions or runs ("a Harbour Times poll",
 * "exit polls conducted for the Norland Wire"): the survey reports its findings, not the name.
 * Source: the common English nouns of opinion research (AP Stylebook "polls and surveys" entry);
 * met in PolNeAR TRAIN as poll findings credited to the news outlet that ordered the poll.
 */
export const SURVEY_NOUNS: ReadonlySet<string> = new Set(
  "poll polls polling survey surveys".split(" "),
);

/**
 * Nouns of a piece of research whose maker may follow "by" ("a recent study by the Harbour
 * Institute found that …"): the maker reports what the work found. Source: common English nouns
 * for research output; met in PolNeAR TRAIN as "a survey by <an organisation> found that" and "a
 * report in <an outlet> about"; read by the finding-subject and possessed-claim sieves.
 */
export const RESEARCH_WORK_NOUNS: ReadonlySet<string> = new Set(
  "survey poll study analysis report review audit".split(" "),
);
