import * as assert from 'node:assert/strict';
import { withFacilityPlaces } from '../../../src/core/ner/place-facilities';
import { showSpans, spanAt } from '../helpers/spans';

describe('prisons, detention centres and airports', () => {
  it('reads the last two words of a name of any length: a hub needs a name before its two words', () => {
    const text = 'Buses left Bus Terminal and Mbale Bus Terminal; Holding Centre staff and Ogun Holding Centre guards, then Lyle Pumping Station.';
    const spans = ['Bus Terminal', 'Mbale Bus Terminal', 'Holding Centre', 'Ogun Holding Centre', 'Lyle Pumping Station'].map((n) => spanAt(text, n, 'organization'));
    assert.deepEqual(showSpans(text, withFacilityPlaces(text, spans)), ['organization:Bus Terminal', 'place:Mbale Bus Terminal', 'place:Holding Centre', 'place:Ogun Holding Centre', 'place:Lyle Pumping Station']);
  });

  it('makes a prison and a detention centre places', () => {
    const text = 'He was held at the Ikoyi Custodial Centre, then at Yarl Wood Immigration Detention Centre and Wandsworth Prison.';
    const spans = [spanAt(text, 'Ikoyi Custodial Centre', 'organization'), spanAt(text, 'Yarl Wood Immigration Detention Centre', 'organization'), spanAt(text, 'Wandsworth Prison', 'person')];
    assert.deepEqual(showSpans(text, withFacilityPlaces(text, spans)), ['place:Ikoyi Custodial Centre', 'place:Yarl Wood Immigration Detention Centre', 'place:Wandsworth Prison']);
  });

  it('makes a tower, a campus and a marsh read as organisations places, not a person named Tower', () => {
    const text = 'Staff left the Wexford Tower and the Lindell State Office Campus; John Tower walked past the Kabula Marsh.';
    const spans = [spanAt(text, 'Wexford Tower', 'organization'), spanAt(text, 'Lindell State Office Campus', 'organization'), spanAt(text, 'John Tower', 'person'), spanAt(text, 'Kabula Marsh', 'organization')];
    assert.deepEqual(showSpans(text, withFacilityPlaces(text, spans)), ['place:Wexford Tower', 'place:Lindell State Office Campus', 'person:John Tower', 'place:Kabula Marsh']);
  });

  it('makes an airport a place', () => {
    const text = 'She flew out of Kotoka International Airport.';
    const spans = [spanAt(text, 'Kotoka International Airport', 'organization')];
    assert.deepEqual(showSpans(text, withFacilityPlaces(text, spans)), ['place:Kotoka International Airport']);
  });

  it('leaves the bodies that run prisons and airports, and other centres, organisations', () => {
    const text = 'The Prison Service, the Federal Bureau of Prisons and the Airports Authority met the Carter Center.';
    const spans = [spanAt(text, 'Prison Service', 'organization'), spanAt(text, 'Federal Bureau of Prisons', 'organization'), spanAt(text, 'Airports Authority', 'organization'), spanAt(text, 'Carter Center', 'organization')];
    assert.deepEqual(showSpans(text, withFacilityPlaces(text, spans)), showSpans(text, spans));
  });

  it('makes a venue, a health centre and a launch site named "Centre" or "Center" places, not a research or an aid centre', () => {
    const text = 'Crowds filled the Orlen Convention Centre and the Tarvik Event Centre; the Vossa Health Centre took the injured, the Palmer Space Center watched, and the Orlen Research Centre and Bayside Legal Aid Center spoke.';
    const names = ['Orlen Convention Centre', 'Tarvik Event Centre', 'Vossa Health Centre', 'Palmer Space Center', 'Orlen Research Centre', 'Bayside Legal Aid Center'];
    const spans = names.map((n) => spanAt(text, n, 'organization'));
    assert.deepEqual(showSpans(text, withFacilityPlaces(text, spans)), ['place:Orlen Convention Centre', 'place:Tarvik Event Centre', 'place:Vossa Health Centre', 'place:Palmer Space Center', 'organization:Orlen Research Centre', 'organization:Bayside Legal Aid Center']);
  });

  it('makes a transport centre and a bus terminal places, not a body named after transport', () => {
    const text = 'Buses left the Cross Roads Transport Centre for the Old Town Bus Terminal; the Transport Centre Board met.';
    const spans = [spanAt(text, 'Cross Roads Transport Centre', 'organization'), spanAt(text, 'Old Town Bus Terminal', 'organization'), spanAt(text, 'Transport Centre Board', 'organization')];
    assert.deepEqual(showSpans(text, withFacilityPlaces(text, spans)), ['place:Cross Roads Transport Centre', 'place:Old Town Bus Terminal', 'organization:Transport Centre Board']);
  });

  it('puts an airport named after a person in whole over the person the model found', () => {
    const text = 'Flights land at Leopold Sedar Senghor International Airport and at Jomo Kenyatta Airport, said Jomo Kenyatta Airways.';
    const spans = [spanAt(text, 'Leopold Sedar Senghor', 'person'), spanAt(text, 'Jomo Kenyatta', 'person'), spanAt(text, 'Jomo Kenyatta Airways', 'organization')];
    assert.deepEqual(showSpans(text, withFacilityPlaces(text, spans)), ['place:Leopold Sedar Senghor International Airport', 'place:Jomo Kenyatta Airport', 'organization:Jomo Kenyatta Airways']);
  });

  it('leaves a person before "Airport" when the model found a name there', () => {
    const text = 'Ana Silva Airport Authority staff met.';
    const spans = [spanAt(text, 'Ana Silva', 'person'), spanAt(text, 'Airport Authority', 'organization')];
    assert.deepEqual(showSpans(text, withFacilityPlaces(text, spans)), ['person:Ana Silva', 'organization:Airport Authority']);
  });

  it('makes a pumping plant or station and a forebay places, whole where a part of the name was read', () => {
    const text = 'Water flows from Linden Court Forebay to the Mary K. Olsen Pumping Plant and the Edmonston Pumping Station.';
    const spans = [spanAt(text, 'Linden Court Forebay', 'organization'), spanAt(text, 'Mary K.', 'organization'), spanAt(text, 'Edmonston Pumping Station', 'organization')];
    assert.deepEqual(showSpans(text, withFacilityPlaces(text, spans)), ['place:Linden Court Forebay', 'place:Mary K. Olsen Pumping Plant', 'place:Edmonston Pumping Station']);
  });

  it('does not reach a pumping plant over the next name', () => {
    const text = 'Ann Lee Acme Pumping Plant staff met.';
    const spans = [spanAt(text, 'Ann Lee', 'person'), spanAt(text, 'Acme', 'organization')];
    assert.deepEqual(showSpans(text, withFacilityPlaces(text, spans)), ['person:Ann Lee', 'place:Acme Pumping Plant']);
  });

  it('makes grounds named by their use and law courts places, but not a zone\'s improvement body or a crown court', () => {
    const text = 'Units on Tolvan Industrial Estate, the Marwa Economic Zone and Kestle Business Park burned; Truro Law Courts, Truro Crown Court and Harbour Business Improvement Zone shut.';
    const spans = ['Tolvan Industrial Estate', 'Marwa Economic Zone', 'Kestle Business Park', 'Truro Law Courts', 'Truro Crown Court', 'Harbour Business Improvement Zone'].map((n) => spanAt(text, n, 'organization'));
    assert.deepEqual(showSpans(text, withFacilityPlaces(text, spans)), ['place:Tolvan Industrial Estate', 'place:Marwa Economic Zone', 'place:Kestle Business Park', 'place:Truro Law Courts', 'organization:Truro Crown Court', 'organization:Harbour Business Improvement Zone']);
  });
});
