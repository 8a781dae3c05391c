/**
 * A match's verbs between two sides, shared by the rules that read a team or a club across one
 * ("Real Sociedad beat Valencia", "drew 1-1 with Braga", "lost to France", "faces Sevilla",
 * "against Leeds"): one list, so that a verb added for one rule serves them all.
 */

/** A score between a verb and its word: "drew 1-1 with", "lost 2–0 to". */
export const SCORE = String.raw`(?:[ \t]+\d{1,2}[ \t]*[-–—][ \t]*\d{1,2})?`;

/** The verbs, as alternatives of a pattern (no capturing group); each rule adds its own words around them. */
export const MATCH_VERBS = String.raw`beat|beats|defeated|defeats|thrashed|edged|drew${SCORE}[ \t]+with|draw[ \t]+with|lost${SCORE}[ \t]+to|lose[ \t]+to|loses[ \t]+to|host|hosts|hosted|face|faces|faced|against`;
