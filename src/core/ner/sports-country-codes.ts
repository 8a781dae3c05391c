import type { NamedSpan } from './index';
import { withWholeNames } from './added-spans';

/**
 * Results tables and start lists write an athlete's country as a three-letter code in brackets after
 * the name ("W. Vanderbeke (BEL) 5.92", "Kiprono Cheruiyot (KEN)"). The model reads the code as a
 * second person or leaves it out; a reader takes it for the country, a place. Only the codes the
 * Olympic movement gives countries count, so an initialism in brackets after a name ("(CEO)",
 * "(Lab)") stays as it was.
 */

/** The Olympic country codes. */
const COUNTRY_CODES = new Set(
  (
    'AFG ALB ALG AND ANG ANT ARG ARM ARU ASA AUS AUT AZE BAH BAN BAR BDI BEL BEN BER BHU BIH BIZ BLR BOL BOT BRA BRN BRU BUL BUR ' +
    'CAF CAM CAN CAY CGO CHA CHI CHN CIV CMR COD COK COL COM CPV CRC CRO CUB CYP CZE DEN DJI DMA DOM ECU EGY ERI ESA ESP EST ETH ' +
    'FIJ FIN FRA FSM GAB GAM GBR GBS GEO GEQ GER GHA GRE GRN GUA GUI GUM GUY HAI HKG HON HUN INA IND IRI IRL IRQ ISL ISR ISV ITA IVB ' +
    'JAM JOR JPN KAZ KEN KGZ KIR KOR KOS KSA KUW LAO LAT LBA LBN LBR LCA LES LIE LTU LUX MAD MAR MAS MAW MDA MDV MEX MGL MHL MKD MLI ' +
    'MLT MNE MON MOZ MRI MTN MYA NAM NCA NED NEP NGR NIG NOR NRU NZL OMA PAK PAN PAR PER PHI PLE PLW PNG POL POR PRK PUR QAT ROU RSA ' +
    'RUS RWA SAM SEN SEY SGP SKN SLE SLO SMR SOL SOM SRB SRI SSD STP SUD SUI SUR SVK SWE SWZ SYR TAN TGA THA TJK TKM TLS TOG TPE TTO ' +
    'TUN TUR TUV UAE UGA UKR URU USA UZB VAN VEN VIE VIN YEM ZAM ZIM'
  ).split(' '),
);

/**
 * Spans (sorted, apart) with the country code in brackets right after each person's name typed a
 * place, in place of any span the model put over it.
 */
export function withAthleteCountryCodes(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  let codes: NamedSpan[] | null = null;
  for (const s of spans) {
    // " (KEN)": a space, a bracket, three letters and a bracket, checked a character at a time.
    if (s.type !== 'person' || text[s.end] !== ' ' || text[s.end + 1] !== '(' || text[s.end + 5] !== ')') continue;
    const start = s.end + 2;
    if (!COUNTRY_CODES.has(text.slice(start, start + 3))) continue;
    (codes ??= []).push({ type: 'place', start, end: start + 3 });
  }
  if (!codes) return spans as NamedSpan[];
  const at = new Set(codes.map((c) => c.start));
  return withWholeNames(
    spans.filter((s) => !at.has(s.start)),
    codes,
  );
}
