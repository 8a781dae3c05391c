/** Short forms news uses for well-known names, mapped to the full name a reader would file them under. */
export const ALIASES: Readonly<Record<string, string>> = {
  'U.S.': 'United States',
  US: 'United States',
  USA: 'United States',
  'U.K.': 'United Kingdom',
  UK: 'United Kingdom',
  UN: 'United Nations',
  'U.N.': 'United Nations',
  EU: 'European Union',
  AP: 'Associated Press',
  AFP: 'Agence France-Presse',
  NATO: 'North Atlantic Treaty Organization',
  WHO: 'World Health Organization',
  IMF: 'International Monetary Fund',
  UAE: 'United Arab Emirates',
  DRC: 'Democratic Republic of the Congo',
};
