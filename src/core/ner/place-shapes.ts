import type { NamedSpan } from './index';
import { withAmazonRegion } from './place-amazon';
import { withBankSides } from './place-bank-sides';
import { withCityVenues } from './place-city-venues';
import { withCompassPlaces } from './place-compass';
import { withoutDescribingLeads } from './place-describing-leads';
import { withConstituencies } from './place-constituencies';
import { withFacilityPlaces } from './place-facilities';
import { withFeatureEndings } from './place-feature-endings';
import { withHyphenatedPlaces } from './place-hyphenated';
import { withLocalities } from './place-localities';
import { withMissedPlaces } from './place-missed-names';
import { withOfNames } from './place-of-names';
import { withoutPlaceModifiers } from './place-modifiers';
import { withPlanets } from './place-planets';
import { withRulerTitles } from './place-ruler-titles';
import { withPluralAreas } from './place-plural-areas';
import { withProtectedAreas } from './place-protected-areas';
import { withPlacePrefixes } from './place-prefixes';
import { withRiverShortForms } from './place-river-short-forms';
import { withRoutePlaces } from './place-routes';
import { withStreetPlaces } from './place-streets';
import { withTheChannel } from './place-the-channel';
import { withVenuePlaces } from './place-venues';
import { withTownEndings } from './place-town-endings';
import { withElidedPlaceEnds } from './elided-ends';
import { withNativeFeatures } from './place-native-features';

/**
 * The rules that put right the places the model cut short, missed or took for something else, by
 * the shape of their names and the words around them, in the order they run: each may rely on the
 * places the ones before it found ("Mindanao" after "east of" before "Northern Mindanao"). They run
 * before the rules that read single names from the places around them (`place-cues`,
 * `place-evidence`), so those see these places too.
 */
export function withPlaceShapes(text: string, spans: readonly NamedSpan[], isListedPlace: (name: string) => boolean): NamedSpan[] {
  let out = withCompassPlaces(text, spans);
  out = withPlacePrefixes(text, out, isListedPlace);
  out = withFeatureEndings(text, out);
  out = withNativeFeatures(text, out);
  out = withOfNames(text, out);
  out = withStreetPlaces(text, out);
  out = withHyphenatedPlaces(text, out);
  out = withVenuePlaces(text, out);
  out = withCityVenues(text, out, isListedPlace);
  out = withPlanets(text, out);
  out = withMissedPlaces(text, out);
  out = withTheChannel(text, out);
  out = withFacilityPlaces(text, out);
  out = withRulerTitles(text, out);
  out = withBankSides(text, out);
  out = withConstituencies(text, out);
  out = withProtectedAreas(text, out);
  out = withAmazonRegion(text, out);
  out = withTownEndings(text, out);
  out = withElidedPlaceEnds(text, out);
  out = withPluralAreas(text, out);
  out = withRiverShortForms(text, out);
  out = withoutPlaceModifiers(text, out);
  out = withoutDescribingLeads(text, out, isListedPlace);
  out = withRoutePlaces(text, out, isListedPlace);
  return withLocalities(text, out);
}
