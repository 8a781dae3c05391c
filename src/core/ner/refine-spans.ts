import { GAZ, type GazetteerLookup } from './gazetteer';
import { mapChangedSpans, mapSpans } from './span-arrays';
import { spanFromInside, spanInside, spanKey, spanResultsMemo } from './span-results-memo';
import { firstWhiteSpace, isWhiteSpaceCode } from '../text/white-space';
import type { NamedSpan } from './index';
import { withAffiliations } from './affiliations';
import { isStyleOnly, leadingStyleLength } from './honorifics';
import { withCuedPeople } from './given-names';
import { withHyphenatedNames } from './hyphenated-names';
import { withIrishAndPressNames } from './irish-and-press-names';
import { isFieldAgency, wholeOrganisationNames, withListsBefore } from './long-org-names';
import { withGivenNamesAfterRoles, withPeopleAfterRoles } from './role-names';
import { applyNameCues, JOBS, PLACE_BEFORE } from './name-cues';
import { withGeoFeatures } from './geo-features';
import { endsOnPatronymic, withJoinedNames } from './name-joiners';
import { withMotorRacingTeams } from './motor-racing-teams';
import { withCyclingTeams } from './cycling-teams';
import { withPartyTags } from './party-tags';
import { withOrganisationRuns } from './org-run-names';
import { withPeoplesNames } from './org-peoples-names';
import { withoutLoneHeadWords } from './org-lone-head-words';
import { withNationPossessives } from './org-nation-possessive';
import { withInitialNames } from './person-initials';
import { withClubRolePeople } from './person-club-roles';
import { withoutAcronymPeople } from './person-acronyms';
import { withoutTownEndedPeople } from './person-town-endings';
import { withChineseSurnames } from './person-chinese-surnames';
import { withoutPluralNouns } from './person-plural-nouns';
import { withCutNames } from './person-cut-names';
import { withBoldBylines } from './person-bold-bylines';
import { withContactNames } from './person-contact-blocks';
import { withCaseParties } from './person-case-parties';
import { isHeadedPlaceName } from './place-streets';
import { withHyphenParticleSurnames, withLowerParticleEnds, withNordicParticles, withParticleEnds, withSurnameParticles } from './surname-particles';
import { withApostropheNames } from './person-apostrophe-names';
import { withStateAbbreviations } from './place-state-abbreviations';
import { withNameEdges } from './person-name-edges';
import { withVietnameseNames } from './person-vietnamese-names';
import { withBurmeseNames } from './person-burmese-names';
import { withFamilyNames } from './person-families';
import { withResultsListNames } from './person-results-lists';
import { withoutNonPeople } from './person-not-people';
import { withGovernmentSeats } from './government-seats';
import { withNationalArms } from './national-arms';
import { withNativeCountryNames } from './national-native-names';
import { withNationalBodies } from './national-bodies';
import { withNationalSocieties } from './org-national-societies';
import { withObservatories } from './org-observatories';
import { withOfficeNames } from './org-office-names';
import { withUrduNames } from './org-urdu-names';
import { withAppositiveNames } from './org-appositive-names';
import { withParties } from './org-parties';
import { withMovements } from './org-parties-movements';
import { withoutPartyLeads } from './org-party-leads';
import { withThinkTanks } from './org-think-tanks';
import { withAgencyCredits } from './org-agency-credits';
import { withAcronyms } from './org-acronyms';
import { withPressNames } from './org-acronyms-press';
import { withLegislatureWords, withPublicBodies } from './org-public-bodies';
import { withInstitutions } from './org-institutions';
import { withNonprofits } from './org-nonprofits';
import { withoutNonNames } from './not-names';
import { endBeforePostNominals, maySeat, memberLettersInside, withMemberSeats } from './person-member-letters';
import { withNationPeople } from './person-nation-possessives';
import { withPlaceCues } from './place-cues';
import { withPowerStations } from './place-power-stations';
import { withRiversOnWorks } from './place-on-rivers';
import { withCrossings } from './place-crossings';
import { withRouteEnds } from './place-route-ends';
import { withApostropheCountries } from './place-apostrophe-countries';
import { AND_PLACES, withPlaceCompounds } from './place-compounds';
import { withPlaceShapes } from './place-shapes';
import { withoutPlaceDemonyms } from './place-demonyms';
import { withoutPeoplesNames } from './place-peoples';
import { withPlaceEvidence } from './place-evidence';
import { withNaturalFeatures } from './place-natural-features';
import { withRoadNumbers } from './place-road-numbers';
import { withSlavicHalls } from './place-slavic-halls';
import { withHotels } from './place-hotels';
import { withOilFields } from './place-fields';
import { withPortBodies } from './org-port-bodies';
import { withMemberLists } from './org-member-lists';
import { withPlaceSurnames } from './place-surnames';
import { withSportsClubs } from './sports-clubs';
import { isDiseaseWord, namesADisease } from './disease-names';
import { withTeamNames } from './sports-team-names';
import { withPluralTeams } from './sports-plural-teams';
import { withScorecardNames } from './sports-scorecards';
import { withStatsTableNames } from './sports-stats-tables';
import { withLeaderboardNames } from './sports-leaderboards';
import { withResultsClubs } from './sports-results-tables';
import { withPlayersInPlay } from './sports-players';
import { withCountryCodes } from './place-country-codes';
import { withOfficials } from './sports-officials';
import { withCreditLineNames } from './person-credit-lines';
import { withFirstNames } from './person-first-names';
import { withPlaceGivenNames } from './person-place-given-names';
import { withVerbCuts } from './verb-cuts';
import { withSpeakers } from './person-speakers';
import { withoutUncuedPeople } from './person-uncued-names';
import { withKunyaPeople } from './person-kunyas';
import { withClubPrefixes } from './sports-club-prefixes';
import { withoutLoneBodies } from './person-lone-bodies';
import { withArmedGroups } from './org-armed-groups';
import { withBroadcasters } from './org-broadcasters';
import { cutBeforeUnit, withUnitNames } from './org-unit-names';
import { withoutStormNames } from './storm-names';
import { withoutSuperCompetitions } from './sports-super-competitions';
import { withWhichClauses } from './person-which-clauses';
import { withServiceNames } from './org-service-names';
import { withTitledNames } from './title-names';
import { speaksAsPerson } from './speaking-town-names';
import { withPressMastheads } from './press-mastheads';
import { withOutletNouns } from './outlet-nouns';
import { withListTypes } from './list-types';
import { withUnitOfPlaceBodies } from './unit-of-place-bodies';
import { withTitleOfPlacePeople } from './title-of-place-people';
import { withAddressedPeople } from './addressed-people';
import { withTheCrown } from './the-crown';
import { withAcquiredCompanies } from './acquired-companies';
import { withoutModifierLeads } from './modifier-leads';
import { withoutVehicleNames } from './vehicle-names';
import { withAndJoinedNames } from './and-joined-names';
import { withHeadWordTails } from './head-word-tails';
import { withoutSentenceStartWords } from './sentence-start-words';
import { withoutTitleRunParts } from './title-run-parts';
import { withModifierMentions } from './modifier-mentions';
import { withLongerMentions } from './longer-mentions';
import { defineAcronyms, extendOrganisationAnd, hasOrganisationOf, joinOrganisationOf, OF_HEAD, splitOrganisationPairs, wholeLegislatures } from './org-patterns';
import { organisationShortForm, withOrganisationWords } from './org-words';
import { endsInBankSide } from './place-bank-sides';
import { withCompanySuffixes } from './org-company-suffixes';
import { withCompanyPrefixes, withInitialsAndTowns } from './org-company-prefixes';
import { withBracketedShortNames } from './org-acronym-long-forms';
import { withChurches } from './org-churches';
import { isCityAndCounty, withPlaceNamedBodies } from './org-place-names';
import { withCourtNames } from './court-names';
import { withChambers } from './org-chambers';
import { withPartnerFirms } from './org-partner-firms';
import { withMembersOrganisations } from './org-possessive-names';
import { withFrenchOrganisations } from './org-french-names';
import { withForeignFirstHeads } from './org-foreign-first-heads';
import { withUniversityHeads } from './org-university-heads';
import { withCarriers } from './org-carriers';
import { withUtilityNames } from './org-utility-names';
import { withElidedEnds } from './elided-ends';
import { withUnitsOfBodies } from './org-unit-of-bodies';
import { withGerundNames } from './org-gerund-names';
import { withCompanyCues } from './org-company-cues';
import { withStaffCues } from './org-staff-cues';
import { withTheSubjects } from './org-the-subjects';
import { withMixedCapitals } from './org-mixed-capitals';
import { withoutLeadWords } from './org-company-lead-words';
import { withBrands } from './org-brands';
import { withGroupCompanies } from './org-company-groups';
import { withTradeNames } from './org-company-trade-words';
import { withCompanyShortForms } from './org-company-short-forms';
import { withCompanyFirstWords } from './org-company-first-words';
import { withStoreNames } from './org-company-store-names';
import { withChains } from './org-company-chains';
import { withBrandedExchanges, withExchanges } from './org-company-exchanges';
import { withInitialsEndings } from './org-company-initials';
import { withForeignBodies } from './org-foreign-heads';
import { withDescribedNames } from './org-described-names';
import { withoutTransitLines } from './org-transit-lines';
import { withoutProjectWorks } from './org-project-works';
import { withServiceBodies } from './org-service-bodies';
import { withoutHandleParts } from './org-handle-parts';
import { withWholeBodyNames } from './org-whole-body-names';
import { withoutPortfolios } from './org-portfolio-titles';
import { withLowerTradeWords } from './org-lower-trade-words';
import { withPartiesAgainst } from './org-parties-against';
import { withCampaignNames } from './org-campaign-names';
import { withWholeCellNames } from './org-table-cells';
import { withReversedNames } from './person-reversed-names';
import { withoutAstrologyBodies } from './astrology-bodies';
import { DEMONYMS, isTitleWord, ORG_WORDS, ORGS, PLACES } from './rule-tagger';

const TRAILING_POSSESSIVE = /(?:['’]s?|\s+)$/u;
/** Articles and sentence-opening function words ("In Moscow", "However Putin") are not part of a name. */
const LEADING_ARTICLE = /^(?:The|the|A|An|In|On|At|By|To|Of|From|With|For|And|But|Or|As|If|When|While|After|Before|Since|During|According|However|Meanwhile|Also|Then|So|Yet)\s+/u;
/** A lower-case word at the end of a span ("Batken province") is a description, not the name. */
const TRAILING_LOWER = /\s+[\p{Ll}][\p{Ll}-]*$/u;
/** One character that may end a `TRAILING_POSSESSIVE` match (an apostrophe, an "s", a space). */
const POSSESSIVE_END = /['’s\s]/u;
/** One character that may end a `TRAILING_LOWER` match. */
const LOWER_END = /[\p{Ll}-]/u;
/** A capital letter: a name holds one. */
const UPPER = /\p{Lu}/u;
/**
 * Where a span is cut in two: after a possessive, or at "and" / "&", "between" or "near" before a
 * capital ("China's Goldwind", "Deutsche Bank and Commerzbank", "the Bridge between Zealand and
 * Funen", "Osborne Street near River Avenue": two places, one beside the other).
 */
const CUT = /['’]s\s+(?=\p{Lu})|\s+(?:and|&|between|near)\s+(?=\p{Lu})/u;
const APOSTROPHE = /['’]/u;

/**
 * Whether the last character of `text` before `end` may end a match of an end-anchored pattern whose
 * last character matches `last`: such a pattern is tried from every position of the text, so a look
 * at the one character spares the search for most spans. A surrogate pair (a letter beyond the
 * Basic Multilingual Plane) is let through for the pattern to judge.
 */
function mayEnd(text: string, end: number, last: RegExp): boolean {
  const code = text.charCodeAt(end - 1);
  return (code >= 0xdc00 && code <= 0xdfff) || last.test(text[end - 1] ?? '');
}

/** {@link mayEnd} for {@link POSSESSIVE_END}, ASCII read by character codes (an apostrophe, an "s", white space). */
function mayEndPossessive(text: string, end: number): boolean {
  const code = text.charCodeAt(end - 1);
  if (code < 128) return code === 39 || code === 115 || code === 32 || (code >= 9 && code <= 13);
  return mayEnd(text, end, POSSESSIVE_END);
}

/** {@link mayEnd} for {@link LOWER_END}, ASCII read by character codes (a lower-case letter, a hyphen). */
function mayEndLower(text: string, end: number): boolean {
  const code = text.charCodeAt(end - 1);
  if (code < 128) return (code >= 97 && code <= 122) || code === 45;
  return mayEnd(text, end, LOWER_END);
}
/** Particles that join the parts of a person's name ("Ursula von der Leyen", "Ibn al Khattab", "Maria das Graças Foster"). */
const PARTICLES = /^(?:\s+(?:von|van|de|der|den|du|da|das|di|do|dos|del|della|la|le|bin|ibn|al|el|ter|zu))+\s+$/u;
/** "the" before a name, perhaps with a lower-case word between ("the left-wing Liberty and Refoundation Party"). */
const THE_BEFORE = /(?<![\p{L}\p{N}])[Tt]he[ \t]+(?:\p{Ll}[\p{Ll}-]*[ \t]+)?$/u;
/** The last word of an organisation's name, "Org" short for "Organization" among them ("Sea Org"). */
const ORG_LAST = new RegExp(`${ORG_WORDS.source.slice(0, -2)}|Org)$`, 'u');
/** A job in lower case inside a person's span, between an employer's name and the person's. */
const JOB_INSIDE = new RegExp(String.raw`(?<=\p{L})[ \t]+${JOBS}[ \t]+(?=\p{Lu})`, 'u');
/** A comma and a capitalised name after a place's: the country or region it lies in ("Lyon, France"). */
const AREA_AFTER = /^,[ \t]+(\p{Lu}[\p{L}-]*(?:[ \t]+\p{Lu}[\p{L}-]*)?)(?![\p{L}])/u;
const PLACE_BITS = GAZ.country | GAZ.city | GAZ.region;
const ORG_BITS = GAZ.organization | GAZ.agency;

/** Category bits of a name as the text writes it (any white space between words); 0 when unlisted. */
type ListBits = (name: string) => number;

/** `name` with each run of white space made one space, as the lists write names; most names are so already and are returned as they are. */
function singleSpaced(name: string): string {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (isWhiteSpaceCode(c) && (c !== 32 || isWhiteSpaceCode(name.charCodeAt(i + 1)))) return name.replace(/\s+/gu, ' ');
  }
  return name;
}

/**
 * {@link ListBits} from name lists, remembered in `known` (name to bits): the same names recur in an
 * article and in both of its readings.
 */
function listBitsOf(gazetteer: GazetteerLookup | undefined, known: Map<string, number>): ListBits {
  if (!gazetteer) return () => 0;
  return (name) => {
    let bits = known.get(name);
    if (bits === undefined) {
      bits = gazetteer.get(singleSpaced(name));
      known.set(name, bits);
    }
    return bits;
  };
}

/** The type the name lists give a name, when they are unambiguous. */
function listType(name: string, listBits: ListBits): NamedSpan['type'] | null {
  if (ORGS.has(name)) return 'organization';
  if (PLACES.has(name)) return 'place';
  const bits = listBits(name);
  if (bits & ORG_BITS && !(bits & PLACE_BITS)) return 'organization';
  if (bits & PLACE_BITS && !(bits & ORG_BITS)) return 'place';
  return null;
}

/**
 * "the Justice and Development Party", "the Environmental Assessment and Enforcement Agency", "the
 * Environment and Planning Review Tribunal": after "the", unlisted capitalised words, "and", and a
 * name ending in an organisation word, or in one and "of" a place, are one name ("the Sewerage and
 * Water Board of New Orleans").
 */
function oneOrganisationAnd(text: string, s: NamedSpan, cut: number, listBits: ListBits): boolean {
  const name = text.slice(s.start, s.end);
  const left = name.slice(0, cut);
  // The head before the name's "of" the place it serves ("the Sewerage and Water Board of New Orleans").
  const of = name.indexOf(' of ', cut);
  const head = of > 0 ? name.slice(0, of) : name;
  const last = head.slice(head.lastIndexOf(' ') + 1);
  return THE_BEFORE.test(text.slice(Math.max(0, s.start - 30), s.start)) && (ORG_WORDS.test(last) || OF_HEAD.test(last)) && !listType(left, listBits) && !left.split(/\s+/u).some((w) => ORG_WORDS.test(w) || PLACES.has(w));
}

/** Whether a word of `name` after the first starts in lower case ("Porto striker Duarte"), read without a regular expression. */
function hasLowerCaseWord(name: string): boolean {
  for (let at = name.indexOf(' '); at >= 0; at = name.indexOf(' ', at + 1)) {
    const c = name.charCodeAt(at + 1);
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

/** Cuts a span into the parts a reader would mark separately ("China's Goldwind", "Deutsche Bank and Commerzbank"). */
function split(text: string, s: NamedSpan, listBits: ListBits): NamedSpan[] {
  const name = text.slice(s.start, s.end);
  if (listBits(name) || AND_PLACES.has(name)) return [s];
  // "Porto striker Duarte", "Kremlin spokesman Dmitry Peskov": the employer, then the person.
  const job = s.type === 'person' && hasLowerCaseWord(name) ? JOB_INSIDE.exec(name) : null;
  if (job) {
    const employer = text.slice(s.start, s.start + job.index);
    return [{ type: listType(employer, listBits) ?? 'organization', start: s.start, end: s.start + job.index }, { ...s, start: s.start + job.index + job[0].length }];
  }
  const member = s.type === 'person' ? memberLettersInside(name) : null;
  if (member) {
    // "Ramsey MHK Alex Faragher", "Galway TD Ann Lee": the seat, the member's letters, the member.
    const seat = text.slice(s.start, s.start + member.index);
    const seatType = maySeat(seat) ? listType(seat, listBits) ?? (listBits(seat) ? null : 'place') : null;
    const person = { ...s, start: s.start + member.index + member[0].length };
    return seatType ? [{ type: seatType, start: s.start, end: s.start + member.index }, person] : [person];
  }
  const cut = CUT.exec(name);
  if (!cut || saintsBuilding(name, cut)) return [s];
  if (!APOSTROPHE.test(cut[0]) && (hasOrganisationOf(name.slice(0, cut.index)) || oneOrganisationAnd(text, s, cut.index, listBits) || isFieldAgency(name) || isCityAndCounty(name))) return cutBeforeUnit(s, name);
  const left = { type: s.type, start: s.start, end: s.start + cut.index };
  const right = { type: s.type, start: s.start + cut.index + cut[0].length, end: s.end };
  // A possessive's owner is usually a place or an organisation in the lists ("China's").
  if (APOSTROPHE.test(cut[0])) left.type = listType(text.slice(left.start, left.end), listBits) ?? left.type;
  return [left, ...split(text, right, listBits)];
}

/** A saint's name before a possessive: "St Benet", "Saint Mary". */
const SAINTS_NAME = /^(?:St\.?|Saint|Ste)[ \t]+\p{Lu}\p{Ll}+$/u;
/** A building or a ground named after a saint, after the saint's possessive: "St Benet's Church", "St Mary's Hospital". */
const SAINTS_BUILDING = /^(?:Church|Cathedral|Chapel|Abbey|Priory|Basilica|Minster|Hospital|College|School|Academy|Hall|Park|Square|Well|Green)$/u;

/** Whether the possessive `cut` of `name` is a saint's, in the name of the building after it (nothing else to cut). */
function saintsBuilding(name: string, cut: RegExpExecArray): boolean {
  const rest = name.slice(cut.index + cut[0].length);
  return APOSTROPHE.test(cut[0]) && SAINTS_BUILDING.test(rest) && SAINTS_NAME.test(name.slice(0, cut.index));
}

/** A place named after a saint's church, its "'s" part of the name: "St. John's", "St David's". */
const SAINTS_PLACE = /^(?:St\.?|Saint)[ \t]+\p{Lu}\p{Ll}+['’]s$/u;
/** A lower-case word after a name, not a function word: what the name's owner has ("St. Louis's mayor", not "St. John's on Monday"), so its "'s" is a possessive. */
const LOWER_WORD_AFTER = /^[ \t]+(?!(?:on|in|at|and|or|to|for|from|with|by|of|the|is|was|were|has|had|have|will|said|says)(?![\p{L}]))\p{Ll}/u;

/** Whether `s` is a place named after a saint's church ending in "'s" ("St. John's"), not a saint's town's possessive. */
function saintsPlace(text: string, s: NamedSpan): boolean {
  return s.type === 'place' && SAINTS_PLACE.test(text.slice(s.start, s.end)) && !LOWER_WORD_AFTER.test(text.slice(s.end, s.end + 12));
}

/** Titles, articles, possessives and trailing descriptions are not part of a name. */
function trim(text: string, original: NamedSpan, listBits: ListBits): NamedSpan | null {
  const s = { type: original.type, start: original.start, end: original.end };
  // A name never ends in a spaced "&" or "+" joining it to the next ("Procter &" of "Procter & Gamble"); "Disney+" keeps its own.
  while (s.end - 1 > s.start && (text.charCodeAt(s.end - 1) === 38 || text.charCodeAt(s.end - 1) === 43) && isWhiteSpaceCode(text.charCodeAt(s.end - 2))) {
    s.end--;
    while (s.end > s.start && isWhiteSpaceCode(text.charCodeAt(s.end - 1))) s.end--;
  }
  while (s.end > s.start && mayEndPossessive(text, s.end) && !saintsPlace(text, s)) {
    const m = TRAILING_POSSESSIVE.exec(text.slice(s.start, s.end));
    if (!m || !m[0].length || s.end - m[0].length <= s.start) break;
    s.end -= m[0].length;
  }
  while (s.end > s.start && mayEndLower(text, s.end) && !(s.type === 'person' && endsOnPatronymic(text, s.end))) {
    const m = TRAILING_LOWER.exec(text.slice(s.start, s.end));
    if (!m) break;
    s.end -= m[0].length;
  }
  if (s.type === 'person') {
    s.start += leadingStyleLength(text.slice(s.start, s.end), isTitleWord);
    s.end = endBeforePostNominals(text, s);
  }
  // A table's bar before a cell's word ("| Ward") is no part of a name.
  while (s.start < s.end && (text.charCodeAt(s.start) === 124 || isWhiteSpaceCode(text.charCodeAt(s.start)))) s.start++;
  for (let m = LEADING_ARTICLE.exec(text.slice(s.start, s.end)); m && !listBits(text.slice(s.start, s.end)); m = LEADING_ARTICLE.exec(text.slice(s.start, s.end))) {
    s.start += m[0].length;
  }
  const name = text.slice(s.start, s.end);
  if (!UPPER.test(name) || DEMONYMS.has(name) || isStyleOnly(name)) return null;
  // "Rift Valley fever", "West Nile virus", "Lyme disease": the name of a disease, not of its place.
  // The disease's name alone elsewhere ("its Lassa ward" after "Lassa fever") is the disease too, unless a word of place leads it ("in Lassa").
  if (namesADisease(text, s.end) || (isDiseaseWord(text, name) && !PLACE_BEFORE.test(text.slice(Math.max(0, s.start - 12), s.start)))) return null;
  // "South Korean", "Latin American": nationality adjectives of several words are not places either.
  if (s.type === 'place' && DEMONYMS.has(name.slice(name.lastIndexOf(' ') + 1))) return null;
  return s;
}

/** "in Lyon, France": a word of place before and a country or region after make a place, even one the lists lack. */
function placeInArea(text: string, s: NamedSpan, listBits: ListBits): boolean {
  if (s.type !== 'place' || !PLACE_BEFORE.test(text.slice(Math.max(0, s.start - 12), s.start))) return false;
  const area = AREA_AFTER.exec(text.slice(s.end, s.end + 40));
  return !!area && (!!(listBits(area[1]) & (GAZ.country | GAZ.region)) || PLACES.has(area[1]));
}

/**
 * Where the last word of a span of several words starts (after its last white space), or -1 for a
 * span of one word: the last of `name.split(/\s+/u)`'s pieces, read without cutting the name.
 */
function lastWordStart(text: string, s: NamedSpan): number {
  for (let i = s.end - 1; i >= s.start; i--) if (isWhiteSpaceCode(text.charCodeAt(i))) return i + 1;
  return -1;
}

/** Pushes onto `out` the names a reader marks in one span: its parts (see `split`), trimmed, each with the type its lists or its last word give it. */
function pushCleanedParts(text: string, original: NamedSpan, listBits: ListBits, out: NamedSpan[]): void {
  for (const part of split(text, original, listBits)) {
    const s = trim(text, part, listBits);
    if (!s) continue;
    const name = text.slice(s.start, s.end);
    // A multi-word name ending in an organisation word ("... Commission") is an organisation.
    const listed = listType(name, listBits);
    if (listed && !speaksAsPerson(text, name, s.end, s.type, listBits(name) === GAZ.city)) s.type = listed;
    else if (firstWhiteSpace(name) >= 0 && ORG_LAST.test(name.slice(name.lastIndexOf(' ') + 1)) && !endsInBankSide(name)) s.type = 'organization';
    out.push(s);
  }
}

/** The parts of `original` pushed onto `cleaned` from `count` on, as remembered: one part as a number inside it (-1 for none), several as copies. */
function rememberedParts(original: NamedSpan, cleaned: readonly NamedSpan[], count: number): number | readonly NamedSpan[] {
  if (cleaned.length === count) return -1;
  const inside = cleaned.length === count + 1 ? spanInside(original, cleaned[count]) : -1;
  return inside >= 0 ? inside : cleaned.slice(count).map((s) => ({ type: s.type, start: s.start, end: s.end }));
}

/** The parts of each span (see `pushCleanedParts`) of an article, remembered for its second reading; the article's map of list bits is their owner. */
const cleanedPartsMemo = spanResultsMemo<number | readonly NamedSpan[]>();

/**
 * Joins the parts of one person's name the model split ("Ursula" + "von der" + "Leyen"). A span left
 * as it was is handed on, not copied; a joined one is a new span (the given ones are never changed).
 */
function joinPeople(text: string, spans: NamedSpan[]): NamedSpan[] {
  const out: NamedSpan[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    // The gap is read only between two people, most spans' neighbours being of another type.
    if (prev && prev.type === 'person' && s.type === 'person' && ((s.start - prev.end === 1 && text[prev.end] === ' ') || PARTICLES.test(text.slice(prev.end, s.start)))) out[out.length - 1] = { type: prev.type, start: prev.start, end: s.end };
    else out.push(s);
  }
  return out;
}

/**
 * The rule layer over the model's spans: titles, articles and possessives are never part of a name,
 * spans are split and joined the way a reader marks names, well-known organisations and places take
 * their list type, and one name keeps one type in an article (the type most of its mentions got).
 * `known` holds the list bits of names looked up in the text: give both readings of an article one.
 */
export function refineSpans(text: string, spans: readonly NamedSpan[], gazetteer?: GazetteerLookup, known = new Map<string, number>()): NamedSpan[] {
  const listBits = listBitsOf(gazetteer, known);
  const partsOf = cleanedPartsMemo(known, text);
  let cleaned: NamedSpan[] = [];
  for (const original of extendOrganisationAnd(text, joinOrganisationOf(text, withGivenNamesAfterRoles(text, withHyphenatedNames(text, withJoinedNames(text, joinPeople(text, withLowerParticleEnds(text, withVerbCuts(text, withoutTownEndedPeople(text, withClubRolePeople(text, withoutModifierLeads(text, [...spans])))))))))))) {
    // The second reading meets most spans of the first: their parts are remembered, handed out as new objects (later rules change spans).
    const key = spanKey(original);
    const remembered = key >= 0 ? partsOf.get(key) : undefined;
    if (remembered === undefined) {
      const count = cleaned.length;
      pushCleanedParts(text, original, listBits, cleaned);
      if (key >= 0) partsOf.set(key, rememberedParts(original, cleaned, count));
    } else if (typeof remembered === 'number') {
      if (remembered >= 0) cleaned.push(spanFromInside(original, remembered));
    } else for (const part of remembered) cleaned.push({ type: part.type, start: part.start, end: part.end });
  }
  cleaned = withTitleOfPlacePeople(text, cleaned, (name) => !!listType(name, listBits) || !!(listBits(name) & (GAZ.country | GAZ.region)));
  cleaned = withServiceNames(text, withoutLeadWords(text, withVerbCuts(text, withInitialsEndings(text, cleaned))), (name) => !!(listBits(name) & (GAZ.country | GAZ.region)) || listType(name, listBits) === 'place');
  // Organisation names by their shape: two banks apart, members' and French names, places inside names, legal forms, courts.
  cleaned = withUniversityHeads(text, withForeignFirstHeads(text, withFrenchOrganisations(text, withMembersOrganisations(text, splitOrganisationPairs(text, cleaned)))));
  cleaned = withCourtNames(text, withCompanyPrefixes(text, withCompanySuffixes(text, withPlaceNamedBodies(text, cleaned, (name) => listType(name, listBits) === 'place'))));
  cleaned = withInitialsAndTowns(text, cleaned, (name) => listType(name, listBits) === 'place');
  // After the cuts above, so a defined long form stays whole ("... Security and Co-operation in Europe (OSCE)").
  cleaned = withBracketedShortNames(text, defineAcronyms(text, wholeLegislatures(text, withLegislatureWords(text, withListsBefore(text, withOrganisationWords(text, wholeOrganisationNames(text, cleaned)))))), (name) => listType(name, listBits) === 'place');
  cleaned = withAffiliations(text, cleaned, (name) => listType(name, listBits) === 'place');
  const listedWord = (word: string) => !!listType(word, listBits) || !!(listBits(word) & (GAZ.demonym | GAZ.title));
  cleaned = withPlaceSurnames(text, cleaned, listedWord);
  cleaned = withCuedPeople(text, cleaned, (name) => !!listType(name, listBits));
  cleaned = withPeopleAfterRoles(text, withTitledNames(text, cleaned), (name) => !!listType(name, listBits));
  cleaned = withNativeCountryNames(text, withNationalArms(text, cleaned, (name) => !!(listBits(name) & (GAZ.country | GAZ.region)) && !(listBits(name) & ORG_BITS), listedWord));
  // A surname alone (or all the words after the given name) refers to the person named in full elsewhere in the article.
  const surnames = new Set<string>();
  for (const s of cleaned) {
    const last = s.type === 'person' ? lastWordStart(text, s) : -1;
    // "Viale Regione Siciliana", a street the model read as a person (made a place later), gives no surname.
    if (last < 0 || isHeadedPlaceName(text.slice(s.start, s.end))) continue;
    surnames.add(text.slice(last, s.end));
    // "Kipngetich Langat" of "Wesley Kipngetich Langat": a surname of two words, the given name left out.
    const first = text.indexOf(' ', s.start);
    if (first > 0 && first + 1 < last) surnames.add(text.slice(first + 1, s.end));
  }
  for (const s of cleaned) {
    const name = text.slice(s.start, s.end);
    // Also a surname that is a place's name too ("Valeska Paris" ... "Paris said"), but for a mention a
    // word of place leads in ("in Paris", "from Paris").
    if (surnames.has(name) && (!listType(name, listBits) || (s.type !== 'organization' && !PLACE_BEFORE.test(text.slice(Math.max(0, s.start - 12), s.start)))) && !placeInArea(text, s, listBits)) s.type = 'person';
  }
  // A company's name without its business words ("Merlion Ridge" of "Merlion Ridge Capital") is the company.
  const shortForms = new Set(cleaned.filter((s) => s.type === 'organization').map((s) => organisationShortForm(text.slice(s.start, s.end))));
  for (const s of cleaned) {
    const name = text.slice(s.start, s.end);
    if (shortForms.has(name) && !surnames.has(name) && listType(name, listBits) !== 'place') s.type = 'organization';
  }
  // Most names have mentions of one type, which the vote leaves as they are: only the others are counted.
  const names = mapSpans(cleaned, (s) => text.slice(s.start, s.end));
  const oneType = new Map<string, NamedSpan['type'] | null>();
  for (let k = 0; k < cleaned.length; k++) {
    const type = oneType.get(names[k]);
    if (type === undefined) oneType.set(names[k], cleaned[k].type);
    else if (type !== null && type !== cleaned[k].type) oneType.set(names[k], null);
  }
  const votes = new Map<string, Map<NamedSpan['type'], number>>();
  for (let k = 0; k < cleaned.length; k++) {
    const name = names[k];
    if (oneType.get(name) !== null) continue;
    const v = votes.get(name) ?? new Map();
    v.set(cleaned[k].type, (v.get(cleaned[k].type) ?? 0) + 1);
    votes.set(name, v);
  }
  const voted = mapChangedSpans(cleaned, (s, k) => {
    const name = names[k];
    if (oneType.get(name) !== null) return s;
    // A place sharing a person's surname keeps its mentions after a word of place ("in Montalvo").
    if (s.type === 'place' && surnames.has(name) && ((listType(name, listBits) === 'place' && PLACE_BEFORE.test(text.slice(Math.max(0, s.start - 12), s.start))) || placeInArea(text, s, listBits))) return s;
    const v = votes.get(name)!;
    let best = s.type;
    for (const [type, count] of v) if (count > (v.get(best) ?? 0)) best = type;
    return best === s.type ? s : { ...s, type: best };
  });
  // After the vote: a cue in the words around one mention outweighs how the others were tagged.
  const isListedPlace = (name: string) => listType(name, listBits) === 'place';
  const isNation = (name: string) => !!(listBits(name) & (GAZ.country | GAZ.demonym));
  // A listed place, a people's name or a person's name the lists do not also hold as a body: no staff's or speaker's body.
  const isKnownNonBody = (name: string) => isListedPlace(name) || !!(listBits(name) & GAZ.demonym) || (!!(listBits(name) & GAZ.person) && !(listBits(name) & ORG_BITS));
  const bodies = withAppositiveNames(text, withUrduNames(text, withNonprofits(text, withInstitutions(text, withPublicBodies(text, withOfficeNames(text, withAcronyms(text, withPressNames(text, withNationalSocieties(text, withObservatories(text, withNationalBodies(text, withGeoFeatures(text, withIrishAndPressNames(text, withChurches(text, voted)), isListedPlace))), isNation), isListedPlace)))), isListedPlace))));
  const clubs = withSportsClubs(text, withPartnerFirms(text, withChambers(text, withGovernmentSeats(text, withParties(text, withMovements(text, withGerundNames(text, withAgencyCredits(text, withThinkTanks(text, withoutPartyLeads(text, bodies))))), isListedPlace)), isListedPlace), isListedPlace), isListedPlace);
  const groups = withArmedGroups(text, withPluralTeams(text, withTeamNames(text, clubs, isListedPlace), isListedPlace), isListedPlace);
  const placed = withSlavicHalls(text, withRoadNumbers(text, withRouteEnds(text, withCrossings(text, withPowerStations(text, withMemberLists(text, withPortBodies(text, withOilFields(text, withHotels(text, withNaturalFeatures(text, withoutPeoplesNames(text, withoutPlaceDemonyms(text, withPlaceCompounds(text, withPlaceEvidence(text, withStateAbbreviations(text, withPlaceCues(text, withPlaceShapes(text, applyNameCues(text, groups), isListedPlace), isListedPlace)))), isListedPlace)))), (name) => listType(name, listBits) === 'organization'), isListedPlace)), (name) => listType(name, listBits)), (name) => listType(name, listBits) === 'organization'), (name) => listType(name, listBits))));
  // Parts of a name that later rules made people ("Hayder Abdul-Kareem" + "al-Saadi") are joined here,
  // as a second reading would join them at its start.
  const companies = withGroupCompanies(text, withStoreNames(text, withChains(text, withBrandedExchanges(text, withExchanges(text, withBrands(text, withoutStormNames(text, withoutPluralNouns(text, withBroadcasters(text, withUnitNames(text, withoutNonNames(text, withRiversOnWorks(text, placed, (name) => listType(name, listBits) === 'organization'))))))))), isListedPlace)));
  const named = withBurmeseNames(text, withMixedCapitals(text, withTheSubjects(text, withStaffCues(text, withCompanyCues(text, withCompanyFirstWords(text, withCompanyShortForms(text, withTradeNames(text, companies)), isListedPlace), isListedPlace, (word) => !!(listBits(word) & GAZ.person)), isKnownNonBody), isKnownNonBody)));
  const people = withKunyaPeople(text, withCountryCodes(text, withOfficials(text, withSpeakers(text, withFirstNames(text, withPlayersInPlay(text, withResultsClubs(text, withLeaderboardNames(text, withStatsTableNames(text, withScorecardNames(text, withCaseParties(text, withContactNames(text, withBoldBylines(text, withCutNames(text, withChineseSurnames(text, withInitialNames(text, withPartyTags(text, withCyclingTeams(text, withMotorRacingTeams(text, withNameEdges(text, withApostropheNames(text, withHyphenParticleSurnames(text, withNordicParticles(text, withSurnameParticles(text, withParticleEnds(text, withFamilyNames(text, withVietnameseNames(text, withoutNonPeople(text, withResultsListNames(text, joinPeople(text, withPlaceGivenNames(text, named, isListedPlace))))))))))))), isNation))))))), isListedPlace)))), isListedPlace), isListedPlace), (name) => !!listType(name, listBits)), (name) => !!listType(name, listBits)))), (name) => !!listType(name, listBits));
  return withoutAstrologyBodies(text, withReversedNames(text, withoutUncuedPeople(text, withLongerMentions(text, withWholeCellNames(text, withCampaignNames(text, withoutPortfolios(text, withWholeBodyNames(text, withPartiesAgainst(text, withLowerTradeWords(text, withoutHandleParts(text, withoutProjectWorks(text, withServiceBodies(text, withModifierMentions(text, withoutSentenceStartWords(text, withoutTitleRunParts(text, withHeadWordTails(text, withAndJoinedNames(text, withoutModifierLeads(text, withAcquiredCompanies(text, withTheCrown(text, withAddressedPeople(text, withoutVehicleNames(text, withUnitOfPlaceBodies(text, withPressMastheads(text, withListTypes(text, withCreditLineNames(text, withWhichClauses(text, withoutSuperCompetitions(text, withPeoplesNames(text, withOrganisationRuns(text, withNationPossessives(text, withoutLoneHeadWords(text, withoutTransitLines(text, withForeignBodies(text, withDescribedNames(text, withOutletNouns(text, withoutLoneBodies(text, withApostropheCountries(text, withUnitsOfBodies(text, withElidedEnds(text, withCarriers(text, withUtilityNames(text, withoutAcronymPeople(text, withClubPrefixes(text, withNationPeople(text, withMemberSeats(text, people, (name) => !!listType(name, listBits)), isNation, (name) => !!listType(name, listBits)))), isListedPlace), isListedPlace)))), (word) => !!(listBits(word) & GAZ.person))), isListedPlace)))), isNation, isListedPlace), isListedPlace))))), (name) => !!listType(name, listBits)), isListedPlace)), (name) => !!(listBits(name) & (GAZ.country | GAZ.region))), (name) => ORGS.has(name) || PLACES.has(name) || !!(listBits(name) & (PLACE_BITS | ORG_BITS | GAZ.demonym | GAZ.title) & ~GAZ.city))), (name) => PLACES.has(name) || !!(listBits(name) & PLACE_BITS))), (name) => !!listType(name, listBits))), (name) => ORGS.has(name) || listBits(name) !== 0), (name) => ORGS.has(name) || PLACES.has(name) || listBits(name) !== 0))))))), isListedPlace))))), (word) => !!(listBits(word) & GAZ.person), isListedPlace)));
}
