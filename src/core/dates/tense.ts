import { HEADLINE_INFINITIVE, IMPERATIVE_OPENING, JOINED_FUTURE, MODAL_VERB_BEFORE, MODAL_WORD, PAST_ED_AFTER, PAST_WORD, SAID_ASIDE, SUBORDINATE_PAST, SUBORDINATE_WORD, WHERE_PAST } from './clause-cues';
import { isWhiteSpaceCode } from '../text/white-space';

/**
 * Words that put a clause in the future ("will meet on Friday", "is scheduled for Nov. 9", "is slated to
 * begin in October", "is on track to open in October", "would reopen
 * from March 1", "has until Dec. 30", "has to plan for the match on Wednesday", "could be built in the spring",
 * "could make an offer in January", "might sign him in the summer", "could go to the board in October":
 * a modal before a verb and its object; not "could not", "could have", nor "could see" with no object
 * after it), and commitments or present hopes
 * to do something ("agreed on Tuesday to restore flights by March", "hopes to settle it before May"; not
 * "hoped to", often a hope that failed, unless it reports a hope held now: "said it hoped to open in May").
 * Also a present expectation ("We expect the line back by Friday"; not "better than expected"; "rain is
 * likely on Friday", "winds are forecast to ease on Friday"), a
 * report still to come ("due on Friday", not "was due" nor "had a delivery due"; "due to open", not "had been due to open"), and the forecast of a headline ("Central bank seen cutting rates in July"),
 * where "seen" before a verb of change stands for "expected", unlike "a man seen leaving on Friday"
 * and "prices were seen rising in May". A plan told in the past of what was still to come ("beans that
 * were to be harvested in June") looks ahead too, and so do a plan set off by a comma or still
 * pending ("a further loan, to be decided on 28 May", "has yet to be signed") and an invitation told in
 * the present ("crews are invited to the dinner on Saturday"); "as we planned" and "faster than
 * planned" are a past, not a plan. So does a
 * weather service's forecast, whose past reads as its present ("The met office forecast highs of 44C
 * on Thursday"), and a present prediction, before the object forecast; not the day a forecast was
 * made ("forecast on Monday that ...", "predicted in May"). "ahead of" looks ahead, but not "ahead of
 * plan" or "ahead of schedule", which say how early something done was done.
 * The lookahead first names the letters these words begin with: it spares trying the many
 * alternatives (and their lookbehinds) at most positions, a third of the pattern's time.
 */
const FUTURE = /(?=[wscmtpodelfugiahnv'’])\b(?:will|won['’]t|would|shall|(?:could|might)\s+(?:be(?!\s+(?:seen|heard|spotted|found|felt)\b)|(?!(?:not|never|have|only|hardly|barely|no|be)\b)\p{L}{2,}(?=\s+(?:a|an|the|his|her|its|their|our|him|them|it|up|out|back|off|again|new|more|another|(?:to|before)\s+(?:the|a|an|its|their|his|her|our))\b))|(?:must|should)(?!\s+(?:not\s+)?have\b)|scheduled|slated|targeted|pencill?ed in|on (?:track|course) to|set to|(?<!\bbeen\s+)due to|due(?<!\b(?:was|were|been)\s+due)(?<!\bhad\s+(?:[\p{L}\d]+\s+){1,2}due)(?=\s+(?:on|in|by|at|out|back)\b)|(?<!\b(?:than|as)\s+)expect(?:s|ed)?|seen(?<!\b(?:was|were|been|last|first)\s+seen)\s+(?:cutting|raising|hiking|holding|keeping|easing|rising|falling|climbing|dropping|slowing|growing|shrinking|reaching|hitting|topping|rebounding|recovering|widening|narrowing|peaking|slipping|gaining|losing|staying|remaining)|likely to|(?<!\b(?:was|were)\s+)likely(?=\s+(?:on|in|by|from|until|through)\b)|(?<=\b(?:is|are)\s+)forecast(?=\s+to\b)|(?<!(?:['’]s|\bthe|\ba|\bits|\btheir|\bhis|\bher|\bour)\s+)plans? to|(?<!\b(?:as|than)\s+(?:(?:we|they|he|she|i|you)\s+)?)planned|planning|upcoming|going to|is to|are to|(?:was|were) to be|(?<=(?:,|\byet|\bstill)\s)to be(?=\s+\p{L}+(?:ed|en)\b)|(?<=\b(?:is|are)\s+)invited|ahead of(?!\s+(?:plan|schedule|time|target|forecasts?|expectations?|estimates?)\b)|ha(?:s|ve) until|ha(?:s|ve) to|needs? to|forecasts?(?=\s+(?!(?:on|in|at|for|to|that|last|this|late|early|by|from|of|issued|made|published)\b)\p{L})|predicts(?=\s+(?!(?:on|in|at|that|last|this)\b)\p{L}))\b|['’]ll\b|\b(?:(?:said|says)\s+(?:that\s+)?(?:it|he|she|they|we|i)\s+hoped|agree[sd]?|pledge[sd]?|promise[sd]?|vow(?:s|ed)?|aim(?:s|ed)?|intend(?:s|ed)?|hop(?:es?|ing)|commit(?:s|ted)?|undert(?:ake|akes|ook))(?:\s+(?!to\b)[\p{L}\d]+,?){0,3}\s+to\s+(?!the\b|a\b|an\b|this\b|that\b|it\b)\p{L}+/giu;
/**
 * Preparing or bracing for something looks ahead ("told cities to prepare for cuts from January",
 * "ports are bracing for strikes in January"); not a preparation told in the past ("were preparing
 * for"). Apart from `FUTURE`, and only tried on text holding "repar" or "brac", as it is rare.
 */
const PREPARING = /\b(?:prepar(?:e|es|ing)|brac(?:e|es|ing))(?<!\b(?:was|were|been)\s+\p{L}+)\s+(?:(?:them|it|our|your)sel(?:f|ves)\s+)?for\b/giu;
/**
 * An opinion about what someone does, told in the present ("We think the bank moves again in July",
 * "analysts believe the Fed cuts in June"): a forecast. The subject is one word, after an optional
 * "the", so a plural noun is not read as the verb ("we think the prices rose"); not a perfect or a
 * past ("has cut", "was"). Apart from `FUTURE`, and only tried where such a word stands, as it is rare.
 */
const OPINION_PRESENT = /\b(?:think|believe|reckon)s?\s+(?:that\s+)?(?:the\s+)?(?!(?:the|a|an|this|that|these|those|they|we|you|I)\b)[\p{L}\d][\p{L}\d-]*\s+(?:\p{Ll}+ly\s+)?(?!(?:was|has|does|is)\b)\p{Ll}{2,}s\b/gu;
/**
 * An event said in the present to be on the date ("The recall vote is on July 25", "local elections
 * are in November", "the final is on Saturday", "the relays are on Sunday"): it is scheduled. Not "was" or "were", which tell one held.
 */
const EVENT_IS = /\b(?:votes?|elections?|polls?|referendum|ballot|hearings?|trial|verdict|sentencing|meetings?|funeral|wedding|memorial|vigil|parade|concerts?|exhibition|tournament|marathon|summit|talks|finals?|match(?:es)?|games?|races?|(?:semi|quarter)-?finals?|play-?offs?|heats|pursuits?|sprints?|relays?|qualifiers?|derby|deadline|ceremony|conference|launch|release|premiere|inauguration|session|debate|convention|congress|festival|auction|visit|opening|tie|fixture|rally|march|strike)\s+(?:is|are)\s+(?:(?:now|still|also|next)\s+)?(?:(?:on|in|at|for)\s+)?(?:the\s+)?$/iu;
/**
 * A deadline set for someone to meet ("directed the agency to submit a report by June 23", "told the
 * firm to repay the loan by Friday", "was ordered to leave by Monday", "called the ministers to appear
 * on Thursday"): the day lies ahead of the order; not one given before some past ("had directed").
 */
const DIRECTED_TO = /\b(?:direct|order|instruct|ask|requir|urg|tell|told|summon|invit|allow|permit|give|gave|given|call(?:s|ed|ing)?(?:\s+on)?)(?<!\bhad\s+\p{L}+)\p{Ll}*\s+(?:[^\s.;:!?]+\s+){0,5}?to\s+(?!(?:the|a|an|this|that|its|their|his|her|our|be)\b)\p{Ll}{2,}\b/iu;
/**
 * A fixture, a journey or a period told in the present before its date ("Sevilla travel to Madrid to
 * face Atlético on Saturday", "who flies home on Monday", "who joins Ajax in the summer", "the quarter, which ends in December",
 * "the road reopens on Monday", "the ban takes effect in July", "talks take place on Tuesday", "the
 * bill goes to a vote on Tuesday", "talks resume on Tuesday", "the team heads to Oslo on Saturday", "schools
 * remain closed on Friday", "leads
 * by ten seconds going into Sunday's last stage", "England open the tournament on Friday", "races again on Sunday"); not an
 * infinitive ("rose to meet a corner"), a negated past ("the talks did not take place on Monday") nor a
 * state ("the shops were open the whole day on Friday").
 */
const SCHEDULED = /\b(?<!(?:\bto|\bdid|\bnot|n['’]t)\s)(?:begins|starts|opens|(?:stays?|remains?)\s+(?:closed|shut|open|suspended|cancelled|banned)|heads(?=\s+(?:to|for|home|into|back|north|south|east|west)\b)|go(?:es)?\s+(?:before|to)|resume|(?:begin|start|open)(?=\s+(?:the|their|its|his|her|our)\s)(?<!\b(?:is|are|was|were|be|been|remain(?:s|ed)?|stay(?:s|ed)?)\s+\p{L}+)|reopens|closes|ends|resumes|continues?|expires|takes? (?:office|effect|place|over)|comes into (?:force|effect)|kicks off|joins|retires|flies|returns|departs|arrives|(?:face|host|play|meet|travel)s?(?:\s+again)?|(?:race|compete)s?\s+again)\b/giu;
/**
 * Past verbs that end the reach of a future word: in "said Friday it will build" the date belongs to
 * "said", and in "which will end the war was signed Nov. 9" to "was signed". Not a passive after
 * "be" ("will be announced in November", "is to be confirmed on Friday"), which the future word governs.
 */
const PAST_VERB = /\b(?<!\bbe\s+)(?:said|says|told|announced|reported|added|wrote|stated|confirmed|declared|warned|insisted|noted|explained|tweeted|posted|was|were|had|did)\b/iu;
/** `PAST_VERB` for finding the last one in a text. */
const PAST_VERB_ALL = new RegExp(PAST_VERB.source, 'giu');
/**
 * `FUTURE`, `SCHEDULED` and `PAST_VERB` without folding case, for text already lowered (see `lowered`):
 * folding case makes a pattern with many words several times slower, and these run before every date.
 * Their sources are written in lower case for this (a "\p{L}" aside).
 */
const SCHEDULED_LOWER = new RegExp(SCHEDULED.source, 'gu');
const PAST_VERB_LOWER = new RegExp(PAST_VERB.source, 'u');
/**
 * The first three characters of every word `FUTURE` can begin with, and its "'ll": a match starts
 * only where one of them stands, and a plain search for them, tried at every position, is far cheaper
 * than the pattern's many alternatives (see {@link futureFrom}). No match begins inside one of them:
 * they hold no word start but after a space, at their end.
 */
const FUTURE_OPENING = /\b(?:wil|won|wou|sha|cou|mig|mus|sho|sch|sla|tar|pen|on |set|due|exp|see|lik|for|pla|upc|goi|is |are|was|wer|to |inv|ahe|ha[sv]|nee|pre|sa[iy]|agr|ple|pro|vow|aim|int|hop|com|und)|['’]ll/g;
/** `FUTURE` without folding case, tried at one position of lowered text. */
const FUTURE_AT = new RegExp(FUTURE.source, 'uy');
/**
 * A reporting verb right before the date ("said Friday", "told reporters on Friday", "said in a statement on Monday", "warned in December
 * that ... would") owns it: a future word after it belongs to what was said. Not a passive after
 * "be" ("will be announced in November"): no one has told it yet.
 */
const REPORTED_BEFORE = /\b(?<!\bbe\s+)(?:said|says|told\s+\p{L}+|announced|reported|added|wrote|stated|confirmed|declared|warned|insisted|noted|explained|tweeted|posted)\s+(?:in\s+an?\s+(?:statement|interview|letter|speech|post|note|briefing)\s+)?(?:(?:on|in|late|early)\s+)?(?:the\s+)?$/iu;
/**
 * A past verb right before the date owns it ("the council voted on Wednesday night to back a route
 * that would take trucks away"); not the participles of plans ("scheduled on", "expected on"), nor
 * the end of a name after a letter `\b` does not know ("from Balatonfüred on").
 */
const PAST_BEFORE = /\b(?:(?!(?:scheduled|expected|planned|slated|due|set|fixed)\b)(?<!\p{L})\p{L}{2,}ed|met|held|began|took|won|lost|fell|rose|came|went|left|gave|made|found|saw|sent|spoke|struck|broke|ran|sat)\s+(?:(?:on|in|late|early)\s+)?$/iu;
/**
 * `PAST_BEFORE` with the place it happened in or its agent between ("the deal signed in Almaty on
 * Monday", "talks held at Camp David on Friday", "the accord signed by both ministers on Monday"): the
 * past verb still owns the day. Tried only before "on" (see
 * `pastAtPlaceBefore`).
 */
const PAST_AT_PLACE_BEFORE = /\b(?:(?!(?:scheduled|expected|planned|slated|due|set|fixed)\b)\p{Ll}{2,}ed|met|held|began|took|won|lost|fell|rose|came|went|left|gave|made|found|saw|sent|spoke|struck|broke|ran|sat)\s+(?:(?:in|at)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}|by\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2})\s+on\s+$/u;
/** How many words before the date `PAST_AT_PLACE_BEFORE` reads: "signed at Camp David on" and one more. */
const PAST_AT_PLACE_WORDS = 7;
/**
 * `PAST_BEFORE` owning the date in its own clause even after a future word: a participle after a
 * noun ("will supply nickel under a contract signed in October", "will replace a bridge opened in
 * 1962", "contracts signed in the spring"), not one after an auxiliary or a verb of state, which the
 * future word before it governs ("will be signed in October", "is to be formally opened on Monday",
 * "will stay closed on Friday").
 */
const OWN_PAST_BEFORE = new RegExp(
  `(?<!\\b(?:be|been|being|is|are|am|was|were|to|will|would|shall|get|gets|got|getting|stay|stays|staying|remain|remains|remaining|have|has|had|not)\\s+(?:\\p{L}+ly\\s+)?)${PAST_BEFORE.source.replace('\\p{L}{2,}ed', '\\p{Ll}{2,}ed').replace('(?:on|in|late|early)\\s+)?$', '(?:on|in|late|early)\\s+(?:the\\s+)?)?$')}`,
  // Case matters: "will face Manchester United on Saturday" names a club, not a participle.
  'u',
);
/** A Markdown link in running text ("the board [said](#) on Wednesday"): read as its words. */
const INLINE_LINK = /\[([^\]\n]*)\]\([^)\s]*\)/gu;
/**
 * A date being fixed or moved to ("She fixed April 16 for mention", "set for Monday", "the schedule
 * for Tuesday", "the forecast for Friday", "called a meeting for Saturday", "adjourned the
 * case to May 5", "moved the relay from Thursday to Sunday", "remanded in custody until Friday", "red alert extended to Saturday", "extended its yellow warning for wind across Orkney to Saturday", "set for the
 * autumn") lies ahead: courts, councils and forecasters fix days to come.
 */
const FIXED_FOR = /(?:\bfix(?:es|ed|ing)?\s+(?:for\s+)?|\b(?:set(?:s|ting)?|schedules?|timetables?|agenda|forecasts?|meetings?|rally|protests?|strikes?|walkouts?|hearings?)\s+for\s+|\b(?:fix(?:es|ed|ing)?|set(?:s|ting)?|extend(?:s|ed|ing)?|adjourn(?:s|ed|ing)?|postpon(?:es?|ed|ing)|defer(?:s|red|ring)?|reschedul(?:es?|ed|ing)|mov(?:es?|ed|ing)|brought\s+forward|push(?:es|ed|ing)?\s+back|put\s+off|remand(?:s|ed|ing)?)(?:\s+[^\s.!?;:]+){0,9}?\s+(?:to|until|till|for)\s+)(?:the\s+)?$/iu;
/** How `FIXED_FOR` can end: a cheap test that spares the full one before most dates ("on", "in"). */
const FIXED_FOR_END = /(?:\b(?:to|until|till|for)|\bfix(?:es|ed|ing)?)\s+(?:the\s+)?$/iu;
/** A day's close after a possessive date: "Friday's closing price", "Tuesday's close", "Monday's session". */
const CLOSED_AFTER = /^['’]s\s+(?:clos(?:e|ing)|session|settlement)\b/u;
/** Where a new clause begins after the date: a semicolon, or a comma and a relative or joining word. */
const CLAUSE_AFTER = /;|,\s+(?:which|who|whom|whose|where|while|whereas|but|although|though)\b/u;
/** A reported clause opening right after the date: "in February that ...". */
const THAT_AFTER = /^,?\s+that\b/u;
/**
 * A past verb of telling outside `PAST_VERB` before such a clause ("briefed the board on Friday that
 * ...", "assured staff on Monday that ..."): any past in "-ed" but those of plans and hopes, and
 * "forecast", whose past has no "-ed" ("forecast on Monday that the drought would ease").
 */
const TOLD_ED = /\b(?:(?!(?:expected|scheduled|planned|intended|hoped|proposed|needed|wanted|required)\b)\p{Ll}{2,}ed|forecast)\b/u;
/**
 * A sentence whose subject is an event, told in the present ("Game 4 is at the Olympic Stadium on
 * Monday", "The next hearing is in Court 3 on June 2"): the event is scheduled. The date ends the
 * clause `EVENT_IS` reads when nothing stands between; here a place may.
 */
const EVENT_SUBJECT = /^[\s"“‘'(]*(?:(?:the|a|an|its|their|his|her|our|next|this)\s+)?(?:[\p{L}\d-]+\s+){0,2}?(?:votes?|elections?|polls?|referendum|hearings?|trial|meetings?|summit|talks|finals?|match(?:es)?|games?|races?|(?:semi|quarter)-?finals?|play-?offs?|heats|pursuits?|sprints?|relays?|qualifiers?|derby|ceremony|conference|launch|premiere|inauguration|session|debate|convention|festival|auction|visit|opening|fixture|rally)(?:\s+\d{1,2})?\s+(?:is|are)\s+(?:(?:now|still|also)\s+)?(?:at|in)\s+[^,;:!?]*$/iu;
/** Nothing but the opening of a sentence before the date, perhaps a quote mark and "On" or "By" ("On Wednesday he ...", "By December everybody forgets"). */
const SENTENCE_OPENING = /^[\s"“‘'(]*(?:[Oo]n\s+|[Bb]y\s+)?$/u;
/**
 * A subject and a verb in the present right after a date that opens its sentence ("On Wednesday he
 * sits on the bench", "Friday the Senate votes on it"): what is to come, told as the plan stands.
 * The subject is a pronoun or "the" and a name, since a name alone may qualify a plural ("On
 * September 29, Scientology officials went"). Not "has", "is", "was", "does", nor a verb of telling,
 * which report in the present what was said.
 */
const PRESENT_AFTER_OPENING = /^,?\s+(?:he|she|it|every(?:one|body)|no(?:body|\s+one)|some(?:one|body)|the\s+\p{Lu}\p{Ll}+)\s+(?:\p{Ll}+ly\s+)?(?!(?:has|is|was|does|says|tells|writes|reports|notes|adds|recalls|admits|explains|insists|argues|claims|remembers)\b)\p{Ll}{2,}(?<![su])s\b/u;
/**
 * An event after a possessive date, told in the present ("Saturday's fifth stage is the longest of the
 * race", "Sunday's finals are sold out"): a schedule, as `EVENT_IS`; not one being looked into or over.
 */
const POSSESSIVE_EVENT_IS = /^['’]s\s+(?:[\p{Ll}\d-]+\s+){0,2}?(?:stages?|legs?|races?|finals?|(?:semi|quarter)-?finals?|match(?:es)?|games?|fixtures?|votes?|elections?|polls?|referendum|hearings?|trial|summit|talks|meetings?|ceremony|debate|parade|concert)\s+(?:is|are)\s+(?!(?:being|over|under|now|not)\b)/u;
/** A possessive right after the date ("Sunday's race"), and how far after it its verb is looked for. */
const POSSESSIVE_AFTER = /^['’]s\s/u;
const POSSESSIVE_REACH = 60;
/** A capitalised word right after "to": a name the preposition leads to, not an infinitive. */
const NAME_AFTER_TO = /^\s\p{Lu}/u;
/** A past conditional ("would have required", "would not have passed"), which looks back; not "would have to". */
const WOULD_HAVE_DONE = /^would\s+(?:not\s+)?have\s+(?!to\b)\p{Ll}{2,}(?:ed|en|ne)\b/u;
/** "going into", "heading into" right before the date. */
const GOING_INTO = /\b(?:going|heading)\s+into\s+$/iu;
/**
 * "since" right before the date, or before an event the date places ("since the storm on Monday",
 * "since the talks in March"): a point gone by.
 */
const SINCE_BEFORE = /\bsince\s+(?:the\s+)?$|\bsince\s+(?:the|a|an|its|their|his|her)\s+(?:[\p{L}'’-]+\s+){1,3}?(?:on|in|of)\s+$/iu;
/**
 * "beyond" right before the date ("could not guarantee flows beyond September", "no plans beyond the
 * spring"): what lasts past a time to come, so the date lies ahead.
 */
const BEYOND_BEFORE = /\bbeyond\s+(?:the\s+)?$/u;
/** "until" right before the date, a clock time allowed between ("until Tuesday", "until 3am on Sunday"). */
const UNTIL_BEFORE = /\b(?:until|till)\s+(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\s+(?:on\s+)?)?(?:the\s+)?$/iu;
/** A reporting verb in the present, which tells a dated event as a timeline does ("confirms", "announces"). */
const REPORTS_NOW = /\b(?:confirms|announces|warns|admits|insists|reports|states|notes|claims|tells|writes|adds|explains|reveals|denies)\b/iu;
/** A past in a heading: a word ending in "ed" or a common irregular past ("Prices fell by June"). */
const HEADLINE_PAST = /ed\b|\b(?:was|were|had|fell|rose|won|lost|came|went|grew|hit|cut|took|made|left|sold|paid)\b/iu;
/** An infinitive right before "on" and the date ("to appear on"). */
const TO_VERB_ON = /\bto\s+\p{Ll}{2,}\s+on\s+(?:the\s+)?$/u;
/** What may stand between an order's infinitive and its date. */
const ON_AFTER_ORDER = /^\s+on\s+(?:the\s+)?$/u;
/** A weekday named alone. */
const WEEKDAY_ALONE = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/u;
/** A past that is over before an "until" ("was closed until", "had stayed shut until", "remained there until"). */
const OVER_BEFORE_UNTIL = /\b(?:was|were|had|remained|stayed|lasted|continued|waited)\b/iu;
/**
 * A decision told in the passive right before "until" ("ferries were suspended until Thursday", "the
 * road was closed to lorries until Monday"): like the active "cancelled all flights until Sunday", it
 * names the day the measure ends, still to come, unless a clause after the date tells its end in the
 * past (`ENDED_AFTER`).
 */
const PASSIVE_UNTIL = /\b(?:was|were)\s+(?:\p{Ll}+ly\s+)?\p{Ll}{3,}ed\s+(?:(?!(?:had|was|were)\b)[^\s.;:!?]+\s+){0,6}?(?:until|till)\s+$/u;
/** A clause after the date telling how a state came to its end ("until Tuesday, when engineers reopened it"). */
const ENDED_AFTER = /^,?\s+(?:when|before|after|and|but|then)\b[^.;!?]*?\b(?:\p{Ll}{2,}(?<!e)ed|was|were|had|did|went|came|took|made|ran|began|got|left)\b/u;
/**
 * A modal or a present tense in a clause ending "until" the date: the state lasts into the days ahead
 * ("could be without power until Tuesday", "has issued a warning until Sunday", "is closed until Monday").
 * Lower case only: "May" is a month. Not "could have", which looks back. A present want or need
 * sets a deadline the same way ("want a decision by Friday"), and so does a warning or a forecast
 * ("warns of more heavy rain until Sunday", "issues an alert until Sunday", "keeps schools shut until Monday"),
 * and so does a term told in the present ("the contract runs until September").
 */
const ONGOING = /\b(?:could|might|may|can|will|would|should|must|shall)\b(?!\s+(?:not\s+)?have\b)|\b(?:is|are|has|(?<!\b(?:could|might|may|can|will|would|should|must|shall)\s+(?:not\s+)?)have|remains?|stays?|runs|lasts|continues|expected|likely|wants?|needs?|demands?|warns?|forecasts?|predicts?|issues?|extends?|keeps?|maintains?)\b/u;
/**
 * "by" right before the date: a deadline or a forecast ("could pass the mark by Monday morning",
 * "must leave by early Monday", "is expected to reach Mackay by Wednesday") when the clause's verb,
 * after any past one, is a modal or a present, as `ONGOING` tells.
 */
const BY_BEFORE = /\bby\s+(?:the\s+)?$/iu;
/**
 * A finite past verb of the date's own clause, before it and after any future word: a perfect ("had
 * signed a letter of intent in April") or a past after its subject ("where it opened an office in
 * October"), or a relative clause told in the past that has not closed before the date ("will play
 * the Blues, who beat the Hurricanes on Friday"; not "..., who beat them, next Saturday"), or a
 * participle after "as" ("will be split as agreed with the lenders in the spring"). Not the
 * participles of plans ("he expected", "they planned", "as planned").
 */
const OWN_CLAUSE_PAST = /\b(?:had|has|have)\s+(?:\p{Ll}+ly\s+)?(?!(?:been|until|agreed|pledged|promised|vowed|aimed|intended|hoped|committed|planned|scheduled|expected)\b)\p{Ll}{2,}(?:ed|en)\b|\b(?:it|he|she|they|we|I)\s+(?:\p{Ll}+ly\s+)?(?:(?!(?:expected|scheduled|planned|intended|hoped|aimed|agreed|pledged|promised|vowed|committed|needed|wanted|decided|voted|asked|urged|ordered|warned)\b)\p{Ll}{2,}ed\b)|\bas\s+(?:\p{Ll}+ly\s+)?(?!(?:expected|scheduled|planned|intended|required|needed|proposed|forecast)\b)\p{Ll}{2,}ed\b(?=[^,;]*$)|\b(?:who|which)\s+(?:\p{Ll}+ly\s+)?(?:beat|won|lost|met|held|began|took|fell|rose|came|went|left|gave|made|found|saw|sent|spoke|struck|broke|ran|sat|drew|led|shot|stole|threw|fought|built|bought|sold|paid|wrote|told|(?!(?:expected|scheduled|planned|intended|hoped|aimed|agreed|pledged|promised|vowed|committed|needed|wanted|decided|voted|asked|urged|ordered|warned)\b)\p{Ll}{2,}ed)\b(?=[^,;]*$)/u;
/** A month named alone, without a day or a year ("April", "Sept."). */
const MONTH_ALONE = /^(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?$/u;
/** A month's figures after a month's name: " figures", " data", " output" ("will publish April figures"). */
const MONTHS_FIGURES_AFTER = /^ (?:figures|data|numbers|statistics|output|sales|exports|imports|inflation|payrolls)\b/u;
/** How far before the date the patterns ending at it look: six words between "adjourned" and "to" fit. */
const NEAR = 90;
/** The last few characters before the date, enough for "until 10:30 a.m. on the". */
const LAST = 32;
/**
 * How many words (runs of characters other than white space) at the end of the text before a date
 * each pattern ending at the date can reach: `REPORTED_BEFORE` "told reporters on the", `PAST_BEFORE`
 * "met on", and `OWN_PAST_BEFORE` "met on" with the "is formally" its look-behind reads. A pattern
 * anchored at the end is tried from every position of what it is given, so it is given only those
 * words: it opens at a word boundary after white space, where the text's start reads the same.
 */
const REPORTED_WORDS = 7;
const PAST_WORDS = 2;
const OWN_PAST_WORDS = 4;
const SENTENCE_END = /[.!?](?=\s+[\p{Lu}"“'‘(]|\s*$)|\n/gu;
/** `SENTENCE_END` tried at one position, for finding the last one from the end. */
const SENTENCE_END_AT = new RegExp(SENTENCE_END.source, 'uy');
/**
 * Cheap first tests for the patterns anchored at the date: each holds a word every match of its
 * pattern holds, and spares trying the pattern from every position before most dates. `ſ` and `K`
 * (the Kelvin sign) because the patterns fold case the Unicode way, where they read as "s" and "k".
 */
const SINCE_WORD = /[sſ]ince/i;
const BY_WORD = /by/i;
const UNTIL_WORD = /til/i;
const INTO_WORD = /into/i;
const FIXED_FOR_WORD = /to|til|for|fix/i;

/**
 * True when the clause holding `[start, end)` speaks of the future, so a date without a year or a
 * "next" is read forwards. A future word counts only when no past or reporting verb stands between it
 * and the date ("Putin said Friday he will visit" is a past Friday). Everything else is read as past,
 * as news mostly is. With `presentTellsPast` (a photo caption), a verb in the present does not look ahead.
 */
export function isFutureContext(text: string, start: number, end: number, presentTellsPast = false): boolean {
  // Look back and forward at most one sentence, bounded so this stays cheap on huge paragraphs.
  const from = Math.max(0, start - 300);
  const to = Math.min(text.length, end + 300);
  const before = text.slice(from, start);
  const sentenceStart = from + lastSentenceEnd(before);
  SENTENCE_END.lastIndex = 0;
  const after = text.slice(end, to);
  const stop = SENTENCE_END.exec(after);
  const sentenceEnd = stop ? end + stop.index : to;

  const lead = withoutLinks(text.slice(sentenceStart, start));
  // The words right before the date: the patterns ending there are tried only on them, as a pattern
  // anchored at the end is tried from every position of what it is given.
  const near = lead.slice(-NEAR);
  const last = lead.slice(-LAST);
  // "closed since the autumn" looks back whatever else the clause says, and so does a market's day
  // that has closed ("a premium over Friday's closing price").
  if ((SINCE_WORD.test(last) && SINCE_BEFORE.test(last)) || CLOSED_AFTER.test(text.slice(end, end + 24))) return false;
  // "will publish April figures": a month's figures come out after it, so even a plan names a month gone.
  if (text[end] === ' ' && MONTH_ALONE.test(text.slice(start, end)) && MONTHS_FIGURES_AFTER.test(text.slice(end, end + 14))) return false;
  if (last.includes('beyond') && BEYOND_BEFORE.test(last)) return true;
  if (FIXED_FOR_WORD.test(last) && FIXED_FOR_END.test(last) && FIXED_FOR.test(near)) return true;
  const lastFive = lastWords(last, 5);
  if ((lastFive.includes(' is ') || lastFive.includes(' are ')) && EVENT_IS.test(lastFive)) return true;
  if (lead.length < 160 && (lead.includes(' is ') || lead.includes(' are ')) && EVENT_SUBJECT.test(lead) && !PAST_VERB.test(lead)) return true;
  if (REPORTED_BEFORE.test(lastWords(near, REPORTED_WORDS))) return false;
  if (MODAL_WORD.test(last) && MODAL_VERB_BEFORE.test(lastWords(near, 5))) return true;
  if (lead.length < 60 && (lead.includes(' me ') || lead.includes(' us ')) && IMPERATIVE_OPENING.test(lead)) return true;
  const until = UNTIL_WORD.test(last) && UNTIL_BEFORE.test(last);
  // "port closed until Sunday", "cancelled all flights until Saturday": a weekday ends a state that
  // lasts now, unless the clause tells one that is over ("was shut until Sunday").
  if (until && WEEKDAY_ALONE.test(text.slice(start, end)) && (!OVER_BEFORE_UNTIL.test(lead) || (PASSIVE_UNTIL.test(lastWords(near, 10)) && !ENDED_AFTER.test(text.slice(end, sentenceEnd))))) return true;
  // "called the ministers to appear on Thursday": a summons names a day to come.
  if (last.includes('to') && TO_VERB_ON.test(last)) {
    const order = DIRECTED_TO.exec(near);
    if (order && ON_AFTER_ORDER.test(near.slice(order.index + order[0].length))) return true;
  }
  const by = !until && BY_WORD.test(last) && BY_BEFORE.test(last);
  // A heading naming a deadline ("BYPASS BY JUNE", "Repairs by Friday") announces a plan.
  if (by && lead.length < 60 && isHeadlineLine(text, sentenceStart, sentenceEnd) && !HEADLINE_PAST.test(lead)) return true;
  if (until || by) {
    if (ONGOING.test(afterLastPastVerb(lead))) return true;
    // A deadline set by an order: "directed the agency to submit a report by June 23".
    const order = DIRECTED_TO.exec(near);
    if (order && !PAST_VERB.test(near.slice(order.index + order[0].length))) return true;
  }
  // The last future word before the date, with no past verb after it. The patterns that fold case
  // read the lowered text, at the same offsets, when there is one.
  const low = lowered(lead);
  const leadRead = low ?? lead;
  const pastVerb = low === null ? PAST_VERB : PAST_VERB_LOWER;
  let lastFuture = -1;
  for (let m = futureFrom(leadRead, 0, low !== null); m; m = futureFrom(leadRead, m.index + m[0].length, low !== null)) {
    const at = m.index + m[0].length;
    // "people with medical needs to Whitehorse", "due to Covid": "to" before a name is no infinitive.
    if (!(m[0].endsWith(' to') && NAME_AFTER_TO.test(lead.slice(at, at + 3)))) lastFuture = at;
  }
  // "Schools to stay shut on Friday": a headline or a bullet point announcing what is to happen.
  if (lastFuture < 0 && lead.includes(' to ') && isHeadlineLine(text, sentenceStart, sentenceEnd)) {
    // A semicolon joins two headlines in one line ("Contractor blames seabed; growers to march on
    // Friday"): the date's is the one after it.
    const joined = lead.lastIndexOf(';') + 1;
    const own = joined > 0 ? lead.slice(joined) : lead;
    const headline = HEADLINE_INFINITIVE.exec(own);
    if (headline && !PAST_WORD.test(own)) lastFuture = joined + headline[0].length;
  }
  // A photo caption tells what the picture shows in the present ("arrives at the palace on January 14").
  if (!presentTellsPast) {
    const scheduled = low === null ? SCHEDULED : SCHEDULED_LOWER;
    scheduled.lastIndex = 0;
    for (let m = scheduled.exec(leadRead); m; m = scheduled.exec(leadRead)) lastFuture = Math.max(lastFuture, m.index + m[0].length);
  }
  if (lead.includes('think') || lead.includes('believe') || lead.includes('reckon')) {
    OPINION_PRESENT.lastIndex = 0;
    for (let m = OPINION_PRESENT.exec(lead); m; m = OPINION_PRESENT.exec(lead)) lastFuture = Math.max(lastFuture, m.index + m[0].length);
  }
  if (lead.includes('repar') || lead.includes('brac') || lead.includes('Brac')) {
    PREPARING.lastIndex = 0;
    for (let m = PREPARING.exec(lead); m; m = PREPARING.exec(lead)) lastFuture = Math.max(lastFuture, m.index + m[0].length);
  }
  // A participle right before the date is the nearest verb of the date's own clause: it wins.
  if (lastFuture >= 0 && !pastVerb.test(withoutAsides(leadRead.slice(lastFuture))) && !OWN_CLAUSE_PAST.test(lead.slice(lastFuture)) && !(lead.includes('where', lastFuture) && WHERE_PAST.test(lead.slice(lastFuture))) && !subordinatePast(lead.slice(lastFuture))) {
    const ownTail = lastWords(near, OWN_PAST_WORDS);
    const own = OWN_PAST_BEFORE.exec(ownTail);
    return !own || lead.length - ownTail.length + own.index < lastFuture;
  }
  if (PAST_BEFORE.test(lastWords(near, PAST_WORDS)) || pastAtPlaceBefore(near) || OWN_CLAUSE_PAST.test(lead) || subordinatePast(lead)) return false;
  // The first future word after the date, with no past verb before it.
  // Up to the next clause: in "turned it down in January, which means he is likely to lose" the
  // future belongs to the clause after the comma.
  const wholeTail = withoutLinks(text.slice(end, sentenceEnd));
  const clause = CLAUSE_AFTER.exec(wholeTail);
  const tail = clause ? wholeTail.slice(0, clause.index) : wholeTail;
  if (!presentTellsPast && lead.length < 8 && SENTENCE_OPENING.test(lead) && PRESENT_AFTER_OPENING.test(tail)) return true;
  // "said in a submission in February that the land should be kept": what follows "that" is what
  // was said, and its future is not the date's.
  if (THAT_AFTER.test(tail) && (pastVerb.test(leadRead) || TOLD_ED.test(lead))) return false;
  // "leads by ten seconds going into Sunday's last stage": a standing told in the present before the
  // day it leads to; not in a past story ("Going into Friday's match, they had won three").
  if (INTO_WORD.test(last) && GOING_INTO.test(last)) return !pastVerb.test(leadRead) && !PAST_VERB.test(tail);
  if (PAST_ED_AFTER.test(tail)) return false;
  if (JOINED_FUTURE.test(tail) && PAST_WORD.test(lead)) return false;
  const tailLow = lowered(tail);
  const next = futureFrom(tailLow ?? tail, 0, tailLow !== null);
  if (next === null) return !presentTellsPast && POSSESSIVE_AFTER.test(tail) && isScheduledEvent(tail);
  // "went home on June 11 without voting on a bill that would have required ...": a past that did not happen.
  if (WOULD_HAVE_DONE.test((tailLow ?? tail).slice(next.index, next.index + 40))) return false;
  const upToFuture = (tailLow ?? tail).slice(0, next.index);
  // "3 February – CMAL confirms the ship will not arrive": the future is what was reported that day.
  return !(tailLow === null ? PAST_VERB : PAST_VERB_LOWER).test(upToFuture) && !REPORTS_NOW.test(upToFuture);
}

/**
 * The first match of `FUTURE` in `s` at or after `from`, as `FUTURE.exec` finds it with `lastIndex` at
 * `from`; `isLowered`: `s` is lowered (see {@link lowered}), and the match is looked for only where
 * `FUTURE_OPENING` stands, in order, so the first position that matches is the one the search finds.
 */
function futureFrom(s: string, from: number, isLowered: boolean): RegExpExecArray | null {
  if (!isLowered) {
    FUTURE.lastIndex = from;
    return FUTURE.exec(s);
  }
  FUTURE_OPENING.lastIndex = from;
  for (let opening = FUTURE_OPENING.exec(s); opening; opening = FUTURE_OPENING.exec(s)) {
    FUTURE_AT.lastIndex = opening.index;
    const m = FUTURE_AT.exec(s);
    if (m) return m;
  }
  return null;
}

/**
 * Where the text after the last `SENTENCE_END` of `before` begins (0 when there is none). Every match
 * is one character long, so the last is the last position where the pattern matches: found from the
 * end, it spares reading the whole look-back before each date.
 */
function lastSentenceEnd(before: string): number {
  for (let i = before.length - 1; i >= 0; i--) {
    const c = before.charCodeAt(i);
    if (c !== 46 && c !== 33 && c !== 63 && c !== 10) continue;
    SENTENCE_END_AT.lastIndex = i;
    if (SENTENCE_END_AT.test(before)) return i + 1;
  }
  return 0;
}

/** Whether a clause told in the past, opened by "after", "when" or "because", holds the date at the end of `part` (see `SUBORDINATE_PAST`). */
function subordinatePast(part: string): boolean {
  return SUBORDINATE_WORD.test(part) && SUBORDINATE_PAST.test(part);
}

/**
 * Whether the clause after a possessive date tells its event in the present as a schedule ("Sunday's
 * pursuit starts at 14:30", "Friday's final kicks off at 8pm"), with no past word before the verb, or
 * says what the event is (`POSSESSIVE_EVENT_IS`).
 */
function isScheduledEvent(tail: string): boolean {
  const head = tail.slice(0, POSSESSIVE_REACH);
  if (POSSESSIVE_EVENT_IS.test(head)) return true;
  SCHEDULED.lastIndex = 0;
  const verb = SCHEDULED.exec(head);
  return verb !== null && !PAST_WORD.test(head.slice(0, verb.index));
}

/** Whether `PAST_AT_PLACE_BEFORE` owns the date after `near`; only a date after "on" is read. */
function pastAtPlaceBefore(near: string): boolean {
  return near.endsWith(' on ') && PAST_AT_PLACE_BEFORE.test(lastWords(near, PAST_AT_PLACE_WORDS));
}

/**
 * True when the sentence `[start, end)` is a line of its own without a final full stop, as a headline,
 * a standfirst line or a bullet point is written.
 */
function isHeadlineLine(text: string, start: number, end: number): boolean {
  if (start > 0 && text.charCodeAt(start - 1) !== 10) return false;
  if (end < text.length && text.charCodeAt(end) !== 10) return false;
  let last = end - 1;
  while (last > start && isWhiteSpaceCode(text.charCodeAt(last))) last--;
  const c = text.charCodeAt(last);
  return c !== 46 && c !== 33 && c !== 63;
}

/**
 * `s` in lower case, read by a pattern that does not fold case as `s` is by one that does, at the same
 * offsets; null when lowering changes its length ("İ") or it holds "ſ", which folds to "s" but stays
 * as it is when lowered.
 */
function lowered(s: string): string | null {
  const low = s.toLowerCase();
  return low.length === s.length && !low.includes('ſ') ? low : null;
}

/** The end of `s` from the start of its `count`-th last word (runs of non-space), with the space after; all of `s` when it has fewer. */
function lastWords(s: string, count: number): string {
  let i = s.length;
  for (let k = 0; k < count; k++) {
    while (i > 0 && isWhiteSpaceCode(s.charCodeAt(i - 1))) i--;
    while (i > 0 && !isWhiteSpaceCode(s.charCodeAt(i - 1))) i--;
    if (i === 0) return s;
  }
  return s.slice(i);
}

/** `part` with its Markdown links read as their words; most text has none, and is returned as it is. */
function withoutLinks(part: string): string {
  return part.includes('](') ? part.replace(INLINE_LINK, '$1') : part;
}

/** `part` without the attributions set off by commas inside it ("..., the director said, ..."). */
function withoutAsides(part: string): string {
  return part.indexOf(',') !== part.lastIndexOf(',') ? part.replace(SAID_ASIDE, ',') : part;
}

/** The part of `lead` after its last past or reporting verb (all of it when there is none). */
function afterLastPastVerb(lead: string): string {
  let from = 0;
  PAST_VERB_ALL.lastIndex = 0;
  for (let m = PAST_VERB_ALL.exec(lead); m; m = PAST_VERB_ALL.exec(lead)) from = m.index + m[0].length;
  return lead.slice(from);
}

/**
 * True when a past or reporting verb right before `[start, …)` owns the date ("met on November 19",
 * "said Friday"), or "since" does ("shut since March"): the date is one gone by, however near the
 * publication day it falls.
 */
export function isPastOwned(text: string, start: number): boolean {
  const near = text.slice(Math.max(0, start - NEAR), start);
  return PAST_BEFORE.test(lastWords(near, PAST_WORDS)) || pastAtPlaceBefore(near) || REPORTED_BEFORE.test(lastWords(near, REPORTED_WORDS)) || SINCE_BEFORE.test(lastWords(near, 2));
}
