import * as assert from 'node:assert/strict';
import { withJoinedNames } from '../../../src/core/ner/name-joiners';
import { showSpans, spanAt } from '../helpers/spans';

describe('words that join the parts of a name', () => {
  it('joins the two parts of a Malaysian name over a/l, a/p and binti', () => {
    const text = 'K. Thinagaran a/l Krishnan, 39, and R. Devi a/p Muthu met Siti binti Ahmad.';
    const spans = withJoinedNames(text, [
      spanAt(text, 'K. Thinagaran', 'person'),
      spanAt(text, 'Krishnan', 'person'),
      spanAt(text, 'R. Devi', 'person'),
      spanAt(text, 'Muthu', 'person'),
      spanAt(text, 'Siti', 'person'),
      spanAt(text, 'Ahmad', 'person'),
    ]);
    assert.deepEqual(showSpans(text, spans), ['person:K. Thinagaran a/l Krishnan', 'person:R. Devi a/p Muthu', 'person:Siti binti Ahmad']);
  });

  it('joins an Arabic given name and a father\'s name over "bint"', () => {
    const text = 'The minister, Dr. Maryam bint Rashid al-Kindi, opened the plant.';
    const spans = withJoinedNames(text, [spanAt(text, 'Maryam', 'person'), spanAt(text, 'Rashid al-Kindi', 'person')]);
    assert.deepEqual(showSpans(text, spans), ['person:Maryam bint Rashid al-Kindi']);
  });

  it('joins a Welsh given name and a father\'s name over "ap" and "ferch", and an Arabic one over "ibn"', () => {
    const text = 'Owain ap Gwilym met Heledd ferch Iorwerth and Khalid ibn Saeed.';
    const spans = withJoinedNames(text, [spanAt(text, 'Owain', 'person'), spanAt(text, 'Gwilym', 'person'), spanAt(text, 'Heledd', 'person'), spanAt(text, 'Khalid', 'person')]);
    assert.deepEqual(showSpans(text, spans), ['person:Owain ap Gwilym', 'person:Heledd ferch Iorwerth', 'person:Khalid ibn Saeed']);
  });

  it("takes in a father's name after a joiner the model left out, and an Irish surname", () => {
    const text = 'Ahmad bin Abdul Rahman and Seán Mac Stíofáin spoke.';
    const spans = withJoinedNames(text, [spanAt(text, 'Ahmad', 'person'), spanAt(text, 'Seán', 'person')]);
    assert.deepEqual(showSpans(text, spans), ['person:Ahmad bin Abdul Rahman', 'person:Seán Mac Stíofáin']);
  });

  it('adds an Irish name with Ó or Ní the model missed, in place of the spans inside it', () => {
    const text = "I'm Niamh Ó Ceallaigh, with Siobhán Ní Bhriain and Fergal Ó Dálaigh.";
    const spans = withJoinedNames(text, [spanAt(text, 'Siobhán', 'place'), spanAt(text, 'Dálaigh', 'organization')]);
    assert.deepEqual(showSpans(text, spans), ['person:Niamh Ó Ceallaigh', 'person:Siobhán Ní Bhriain', 'person:Fergal Ó Dálaigh']);
  });

  it('joins a given name and a surname over a middle name the model left out', () => {
    const text = 'Nuala Máire Kavanagh-Reid, marine biologist.';
    const spans = withJoinedNames(text, [spanAt(text, 'Nuala', 'person'), spanAt(text, 'Kavanagh-Reid', 'person')]);
    assert.deepEqual(showSpans(text, spans), ['person:Nuala Máire Kavanagh-Reid']);
  });

  it('joins a given name and a surname over a middle initial', () => {
    const text = 'Judge Chidi O. Eze-Nwosu ruled.';
    const spans = withJoinedNames(text, [spanAt(text, 'Chidi', 'person'), spanAt(text, 'Eze-Nwosu', 'person')]);
    assert.deepEqual(showSpans(text, spans), ['person:Chidi O. Eze-Nwosu']);
  });

  it('leaves apart names with a place, a title or a function word between, and other uses of "bin" and "Mac"', () => {
    const text = 'Smith Paris Jones; Ana The Lopez; Green bin collections; Apple Mac Pro; Ó alone.';
    const spans = [spanAt(text, 'Smith', 'person'), spanAt(text, 'Jones', 'person'), spanAt(text, 'Ana', 'person'), spanAt(text, 'Lopez', 'person'), spanAt(text, 'Green', 'person'), spanAt(text, 'Apple', 'organization')];
    assert.deepEqual(showSpans(text, withJoinedNames(text, spans)), showSpans(text, spans));
  });

  it('reads the article "an" after Nic and Mac, and a place the model ended on the particle as the person', () => {
    const text = 'Speaking were Gráinne Nic an Bhaird and Tomás Mac an tSaoi, and Eimear Nic an Fhailí.';
    const spans = withJoinedNames(text, [spanAt(text, 'Gráinne Nic', 'place'), spanAt(text, 'Eimear', 'person')]);
    assert.deepEqual(showSpans(text, spans), ['person:Gráinne Nic an Bhaird', 'person:Eimear Nic an Fhailí']);
  });

  it('adds an Irish surname with its particle written after a title, without the title', () => {
    const text = 'Cllr Ó Murchú and Councillor Ní Fhlatharta left early.';
    assert.deepEqual(showSpans(text, withJoinedNames(text, [])), ['person:Ó Murchú', 'person:Ní Fhlatharta']);
  });

  it('joins two surnames over the Catalan "i" and the Spanish "y", after a given name and a surname only', () => {
    const text = 'Núria Vilanova i Soler met José Ortega y Gasset. Then Pau i Marta left.';
    const spans = [spanAt(text, 'Núria Vilanova', 'person'), spanAt(text, 'José Ortega', 'person'), spanAt(text, 'Gasset', 'person'), spanAt(text, 'Pau', 'person')];
    assert.deepEqual(showSpans(text, withJoinedNames(text, spans)), ['person:Núria Vilanova i Soler', 'person:José Ortega y Gasset', 'person:Pau']);
  });

  it('joins two surnames over the Portuguese "e", a word no longer one starting with "e" is', () => {
    const text = 'Rui Barbosa e Costa met Inês Moura. Then Inês Moura each day left, and Rui e Ana came.';
    const spans = [spanAt(text, 'Rui Barbosa', 'person'), spanAt(text, 'Costa', 'person'), spanAt(text, 'Inês Moura', 'person'), spanAt(text, 'Inês Moura', 'person', 1), spanAt(text, 'Rui', 'person', 1)];
    assert.deepEqual(showSpans(text, withJoinedNames(text, spans)), ['person:Rui Barbosa e Costa', 'person:Inês Moura', 'person:Inês Moura', 'person:Rui']);
  });

  it('joins a Turkic name over "oglu" or "qizi", taking in a surname read as a place', () => {
    const text = 'Skipper Tural Vugar oglu Hasanov and Leyla Arif qizi Aliyeva spoke.';
    const spans = withJoinedNames(text, [spanAt(text, 'Tural Vugar', 'person'), spanAt(text, 'Hasanov', 'place'), spanAt(text, 'Leyla Arif', 'person'), spanAt(text, 'Aliyeva', 'person')]);
    assert.deepEqual(showSpans(text, spans), ['person:Tural Vugar oglu Hasanov', 'person:Leyla Arif qizi Aliyeva']);
  });

  it('reaches back over "a/l" to the given name when the model named only the father', () => {
    const text = 'Subramaniam a/l Ganesan, the firm\'s director, and Kavitha a/p Raju spoke.';
    const spans = withJoinedNames(text, [spanAt(text, 'Ganesan', 'person'), spanAt(text, 'Kavitha', 'place'), spanAt(text, 'Raju', 'person')]);
    assert.deepEqual(showSpans(text, spans), ['person:Subramaniam a/l Ganesan', 'person:Kavitha a/p Raju']);
  });
});

describe('Kyrgyz and Kazakh names ending on a patronymic', () => {
  it('takes "uulu" and "kyzy" into the name, also where the model found no part of it', () => {
    const text = 'Talant Asan uulu, a hydrologist, and Elnura Bolot kyzy said the dam was late. The Kyzy river is low.';
    const spans = withJoinedNames(text, [spanAt(text, 'Talant Asan', 'person'), spanAt(text, 'Kyzy', 'place')]);
    assert.deepEqual(showSpans(text, spans), ['person:Talant Asan uulu', 'person:Elnura Bolot kyzy', 'place:Kyzy']);
  });

  it('does not take a patronymic after one word alone, nor one a capitalised surname follows as an ending', () => {
    const text = 'Asan uulu left. Elchin Rafig oglu Bayramov stayed.';
    const spans = withJoinedNames(text, [spanAt(text, 'Elchin Rafig', 'person'), spanAt(text, 'Bayramov', 'person')]);
    assert.deepEqual(showSpans(text, spans), ['person:Elchin Rafig oglu Bayramov']);
  });

  it('hands on a span it leaves as it was and never changes the spans it is given', () => {
    const text = 'Tomasz Wren met Eilidh ferch Owain in Dunmore.';
    const given = [spanAt(text, 'Tomasz Wren', 'person'), spanAt(text, 'Eilidh', 'person'), spanAt(text, 'Owain', 'person'), spanAt(text, 'Dunmore', 'place')];
    const before = JSON.stringify(given);
    const spans = withJoinedNames(text, given);
    assert.deepEqual(showSpans(text, spans), ['person:Tomasz Wren', 'person:Eilidh ferch Owain', 'place:Dunmore']);
    assert.equal(JSON.stringify(given), before);
    assert.equal(spans[0], given[0]);
  });
});
