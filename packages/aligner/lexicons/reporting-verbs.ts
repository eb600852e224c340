/**
 * Reporting verbs: the verbs that attribute words to a speaker ("she said", "he wrote", "said
 * Roe"), each with its forms (base, third person, past, -ing). Source: the speech-act and
 * communication verbs of the reporting-verb lists in Pareti et al. (EMNLP 2013) and O'Keefe et al.
 * (EMNLP 2012) on newswire attribution, with the English inflections written out; the last seven
 * (question … grouse) are common English verbs of asking, reassuring and manner of speaking added
 * when PolNeAR TRAIN misses showed them closing quotations (`“…?” Roe questioned.`), and the
 * last three (vent, gloat, agree) when they showed them opening or closing one (`Roe gloated: “…”`,
 * `Roe, an analyst, agreed: “…”`); then opine, demand and repeat, verbs of saying in the
 * reporting-verb lists of Quirk et al. (1985), A Comprehensive Grammar of the English Language
 * (direct and indirect speech), were added when TRAIN misses showed them closing a quotation
 * with no speaker (`“…,” opined Roe`, `“Quiet,” Roe demanded`, `“…?” Roe repeated`). One verb per
 * line; the attribution sieves (attribution-sieves.ts) read every form.
 */
export const REPORTING_VERB_FORMS = `
say says said saying
call calls called calling
tell tells told telling
add adds added adding
write writes wrote writing
tweet tweets tweeted tweeting
post posts posted posting
continue continues continued continuing
explain explains explained explaining
note notes noted noting
argue argues argued arguing
warn warns warned warning
claim claims claimed claiming
insist insists insisted insisting
recall recalls recalled recalling
reply replies replied replying
respond responds responded responding
answer answers answered answering
ask asks asked asking
declare declares declared declaring
state states stated stating
announce announces announced announcing
remark remarks remarked remarking
observe observes observed observing
comment comments commented commenting
acknowledge acknowledges acknowledged acknowledging
admit admits admitted admitting
concede concedes conceded conceding
confirm confirms confirmed confirming
deny denies denied denying
assert asserts asserted asserting
contend contends contended contending
maintain maintains maintained maintaining
stress stresses stressed stressing
emphasize emphasizes emphasized emphasizing
emphasise emphasises emphasised emphasising
suggest suggests suggested suggesting
predict predicts predicted predicting
promise promises promised promising
vow vows vowed vowing
pledge pledges pledged pledging
urge urges urged urging
joke jokes joked joking
quip quips quipped quipping
shout shouts shouted shouting
yell yells yelled yelling
scream screams screamed screaming
exclaim exclaims exclaimed exclaiming
cry cries cried crying
chant chants chanted chanting
whisper whispers whispered whispering
mutter mutters muttered muttering
boast boasts boasted boasting
complain complains complained complaining
charge charges charged charging
accuse accuses accused accusing
counter counters countered countering
retort retorts retorted retorting
tout touts touted touting
reveal reveals revealed revealing
disclose discloses disclosed disclosing
testify testifies testified testifying
recount recounts recounted recounting
conclude concludes concluded concluding
lament laments lamented lamenting
muse muses mused musing
wonder wonders wondered wondering
reiterate reiterates reiterated reiterating
elaborate elaborates elaborated elaborating
interject interjects interjected interjecting
interrupt interrupts interrupted interrupting
pronounce pronounces pronounced pronouncing
proclaim proclaims proclaimed proclaiming
mock mocks mocked mocking
scoff scoffs scoffed scoffing
sneer sneers sneered sneering
blast blasts blasted blasting
slam slams slammed slamming
indicate indicates indicated indicating
project projects projected projecting
hint hints hinted hinting
signal signals signaled signalled signaling signalling
convey conveys conveyed conveying
echo echoes echoed echoing
describe describes described describing
decline declines declined declining
report reports reported reporting
question questions questioned questioning
assure assures assured assuring
caution cautions cautioned cautioning
remember remembers remembered remembering
beam beams beamed beaming
bark barks barked barking
grouse grouses groused grousing
vent vents vented venting
gloat gloats gloated gloating
agree agrees agreed agreeing
opine opines opined opining
demand demands demanded demanding
repeat repeats repeated repeating
`;

/**
 * The forms the cue reader (quotes.ts) looks for anywhere in a sentence, to read reported speech
 * without quotation marks ("said that …", "warned the deal would fail", "declined to comment").
 * A subset of the forms above: forms that are also common nouns ("states", "post", "charges",
 * "comments") are left out, as they would make a cue of every such noun.
 */
export const CLAUSE_REPORTING_VERB_FORMS = `
say says said saying tell tells told telling add adds added adding reply replies replied
note notes noted noting indicate indicates indicated indicating insist insists insisted insisting
argue argues argued arguing warn warns warned warning explain explains explained explaining
projected predict predicts predicted reports reported stress stresses stressed stressing
emphasize emphasizes emphasized emphasised emphasizing claim claims claimed conveyed announce
announced hint hinted signal signals signaled signalled signaling signalling echoed acknowledged
stated declared confirmed remarked urged described calling called declined asserted contended
maintained revealed disclosed admitted vowed pledged promised denied
`;

/**
 * Verbs of judging someone or something in words, with their forms (base, third person, past,
 * -ing): a quotation in the predicate of one is most often the subject's own words (`Roe
 * dismissed the plan as “absurd”`). Source: Levin (1993), English Verb Classes and Alternations,
 * class 33 (judgment verbs) and the verbs of describing and labelling of classes 29.1–29.2
 * (characterize, dub), with the informal news synonyms of "criticize" (knock, rip, bash, trash).
 * The last two, endorse and refer (`Roe endorsed her, citing her “…”`, `Roe referred to him as
 * “…”`), were added when PolNeAR TRAIN misses showed a quoted description in their predicate;
 * then portray, depict and identify (Levin 29.2, `Roe identified the judge as “…”`) and assail
 * (a synonym of attack) when TRAIN misses showed a quoted label in their predicate.
 * None of them is in the reporting-verb list above; only the main-clause sieve reads them.
 */
export const JUDGING_VERB_FORMS = `
criticize criticizes criticized criticizing
criticise criticises criticised criticising
praise praises praised praising
dismiss dismisses dismissed dismissing
defend defends defended defending
decry decries decried decrying
denounce denounces denounced denouncing
condemn condemns condemned condemning
attack attacks attacked attacking
welcome welcomes welcomed welcoming
hail hails hailed hailing
applaud applauds applauded applauding
commend commends commended commending
laud lauds lauded lauding
label labels labeled labelled labeling labelling
brand brands branded branding
dub dubs dubbed dubbing
characterize characterizes characterized characterizing
knock knocks knocked knocking
chide chides chided chiding
scold scolds scolded scolding
rebuke rebukes rebuked rebuking
ridicule ridicules ridiculed ridiculing
deride derides derided deriding
lambaste lambastes lambasted lambasting
castigate castigates castigated castigating
blame blames blamed blaming
fault faults faulted faulting
credit credits credited crediting
thank thanks thanked thanking
congratulate congratulates congratulated congratulating
compare compares compared comparing
liken likens likened likening
rip rips ripped ripping
bash bashes bashed bashing
trash trashes trashed trashing
reject rejects rejected rejecting
endorse endorses endorsed endorsing
refer refers referred referring
portray portrays portrayed portraying
depict depicts depicted depicting
identify identifies identified identifying
assail assails assailed assailing
`;

/**
 * Verbs whose subject does what an infinitive of purpose after their object says ("Roe used the
 * hearing to warn that …", "Roe took to the radio to say …", "Roe turned to her blog to argue
 * …"): the subject reports, never the object, as it would after a verb of asking or ordering
 * ("Roe urged Vint to say"). Source: the common English verbs of taking an occasion or a medium
 * (use, take, seize, turn, go, come, rise, step, hold, appear) with their finite past and
 * third-person forms; read only by purpose-infinitive.ts.
 */
export const PURPOSE_VERB_FORMS = `
used uses took takes seized seizes turned turns went goes came comes rose rises stepped steps
held holds appeared appears
`;

/**
 * Nouns of a message whose words may follow a colon ("issued the following statement:", "posted
 * this tweet:"). Source: common English nouns of spoken and written messages, listed when PolNeAR
 * TRAIN misses showed them announcing a quotation; the colon sieve (colon-cue.ts) reads them.
 */
export const MESSAGE_NOUNS = `
statement message words response reply remarks tweet post note letter email memo
`;

/**
 * Verbs of giving out a message, with their forms (base, third person, past): their subject is the
 * author of the message noun (MESSAGE_NOUNS) they take as object, whose words a quotation
 * paragraph right after may give (`The Harbour Board issued a statement Tuesday.` ¶ `“We
 * apologise.”`). Source: the common English verbs of issuing, publishing and delivering a
 * written or spoken message (issue, release, send, publish, put out, deliver, give, make), listed
 * when a PolNeAR TRAIN miss showed an issued statement's words opening the next paragraph with no
 * cue; read only by sieves/continued-paragraph.ts. Not "post" or "write" (reporting verbs above),
 * nor "read", "share" or "have", whose object is as often someone else's message.
 */
export const GIVING_VERB_FORMS = `
issue issues issued release releases released send sends sent publish publishes published
put puts deliver delivers delivered give gives gave make makes made
`;

/**
 * Listeners a verb of telling may take between itself and the quotation ("told reporters, “…”",
 * "told the crowd: “…”"): the audiences of news speech, the object pronouns, and two broadcasters
 * that interviews are given to. Source: the listener objects of "told"/"asked" in the leading-cue
 * sieve as first written (attribution-sieves.ts); the leading-cue sieve reads them.
 */
export const TELLING_LISTENERS = `
reporters journalists supporters voters the crowd audience him her them us me CNN Fox
`;

/**
 * Nouns that name a phrase rather than report someone's words ("the term “…”", "chants of “…”",
 * "a headline: “…”"). Source: common English nouns for words as words, listed when the speaker
 * ranker's PolNeAR TRAIN picks showed them before quotations no one in the article said; the
 * speaker ranker (speaker-ranker/quote-context.ts) reads them.
 */
export const PHRASE_NOUNS = `
term terms phrase word words label slogan slogans motto chant chants cry cries headline title
hashtag banner sign signs nickname catchphrase mantra refrain
`;

/**
 * The finite forms of "say", "report" and "tell" a report is dated by ("officials said Monday"),
 * as a regular-expression alternation; each is a form of a verb listed above.
 */
export const TELLING_FORMS = "says|said|reports|reported|told|tells";

/**
 * The forms of saying after which a date tells when something was said, not when it happened
 * ("authorities said Saturday", "the board announced Monday"), as a regular-expression
 * alternation; each is a form of a verb listed above. Wider than TELLING_FORMS (which dates a
 * report for the speaker rules): the date and clock-time conflict checks (datesSpeech in
 * src/conflicts/guards.ts) also set aside a day after "announced", "added", "confirmed", "stated".
 */
export const SPEECH_DATING_FORMS =
  "said|says|say|told|tells|announced|reported|added|confirmed|stated";

/**
 * Words that may stand between a form of saying (SPEECH_DATING_FORMS) and the day it dates ("said
 * on Tuesday", "announced late Monday", "said last week"): "on" and the day-part
 * and relative words before a weekday; as a regular-expression alternation like the forms.
 */
export const SPEECH_DATE_LEADS = "on|late|early|last";

/**
 * Verbs that report a retort only with the particle "back" ("shot back", "hit back"), each with
 * its past and third-person forms; added when PolNeAR TRAIN misses showed `Vint shot back, “…”`.
 */
export const RETORT_VERB_FORMS: ReadonlySet<string> = new Set(
  "shot shoots hit hits fired fires wrote writes pushed pushes".split(" "),
);

/**
 * Nouns of a claim made in words, which a possessor's name makes that person's words: `Vint's
 * claim that the port was “sold off”`, `Lund's promise to stay “neutral”`. Source: the noun forms
 * (nominalisations) of the reporting verbs listed above, as Pareti et al. (EMNLP 2013) annotate
 * them as cues, limited to those of asserting, promising and accusing; listed when PolNeAR TRAIN
 * misses showed a possessor's claim noun before a quoted fragment. The possessed-claim sieve
 * (possessed-claim.ts) reads them.
 */
export const CLAIM_NOUNS = `
claim claims assertion assertions accusation accusations allegation allegations promise promises
pledge pledges vow vows contention insistence suggestion warning warnings charge argument boast
complaint prediction declaration denial conclusion
`;

/**
 * Nouns of judging someone or something in words, which a possessor's name makes that person's
 * words when the quotation is what is judged: `Vint's attack on “…”`, `Lund’s rejection of “…”`.
 * Source: the noun forms of the judging verbs above (Levin 1993, class 33: criticism, rejection,
 * denunciation, condemnation, dismissal, praise, defense, ridicule) and the common English news
 * synonyms of an attack in words (broadside, swipe, jab, salvo, tirade, diatribe); listed when
 * PolNeAR TRAIN misses showed a possessor's judging noun before a quoted phrase. The
 * possessed-judgment sieve (possessed-judgment.ts) reads them.
 */
export const JUDGMENT_NOUNS = `
attack attacks criticism criticisms rejection denunciation condemnation dismissal praise defense
defence ridicule broadside broadsides swipe swipes jab jabs salvo tirade diatribe
`;

/**
 * Nouns of a short remark, which a possessor's name makes that person's words: `Vint's campaign
 * slogan is “…”`. Source: common English nouns for a thing said in passing and for a speaker's
 * own set phrase (not "nickname" or "label", which others give); listed when PolNeAR TRAIN misses
 * showed them after a possessor's name. The possessed-remark sieve (possessed-remark.ts) reads them.
 */
export const REMARK_NOUNS = `
comment comments remark aside asides quip quips retort jibe jibes slogan motto catchphrase mantra
`;

/**
 * Verbs of passing another's report on that the reporting-verb list leaves out ("Lund cited
 * reports that Vint said …", "Roe pointed out that Vint said …"): their subject is the reporter
 * a nested report is had from. Source: common English verbs of citing and pointing out, listed
 * when PolNeAR TRAIN misses showed them before a nested report; read only by
 * corrections/nested-report.ts.
 */
export const PASSING_ON_VERB_FORMS = `
cited citing pointed pointing
`;
