import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { findDates } from '../../../src/core/dates/find-dates';
import { datesIn } from '../helpers/dates';

describe('findDates', () => {
  describe('weekdays are read in the past, the publication day included', () => {
    it('takes the publication day itself for its own weekday', () => {
      assert.deepEqual(datesIn('The ministers met on Wednesday.', '2020-12-02'), ['Wednesday=2020-12-02']);
      assert.deepEqual(datesIn('Armenia asked Friday for help.', '2021-05-14'), ['Friday=2021-05-14']);
    });

    it('takes the day before for the previous weekday, across a week boundary too', () => {
      // Saturday 2021-05-15: "Friday" is the day before, "Sunday" six days back.
      assert.deepEqual(datesIn('Armenia asked Friday for help.', '2021-05-15'), ['Friday=2021-05-14']);
      assert.deepEqual(datesIn('He spoke Sunday.', '2021-05-15'), ['Sunday=2021-05-09']);
    });

    it('takes "last Sunday" in a Sunday article a week back, not the day itself', () => {
      // Sunday 2026-02-22.
      assert.deepEqual(datesIn('They lost the first match last Sunday.', '2026-02-22'), ['last Sunday=2026-02-15']);
      assert.deepEqual(datesIn('They won on Sunday.', '2026-02-22'), ['Sunday=2026-02-22']);
    });

    it('leaves the comma after an abbreviation out of the weekday after it', () => {
      assert.deepEqual(datesIn('Lawmakers in Washington, D.C., on Monday rejected the plan.', '2021-05-14'), ['Monday=2021-05-10']);
      assert.deepEqual(datesIn('The firm left the U.K., on Tuesday it said.', '2021-05-14'), ['Tuesday=2021-05-11']);
    });

    it('reads "this morning" as the publication day', () => {
      assert.deepEqual(datesIn('Troops withdrew this morning.', '2021-05-14'), ['this morning=2021-05-14']);
    });

    it('takes the most recent earlier day for other weekdays', () => {
      assert.deepEqual(datesIn('He resigned Friday.', '2020-12-02'), ['Friday=2020-11-27']);
      assert.deepEqual(datesIn('The call came late Thursday.', '2021-05-14'), ['late Thursday=2021-05-13']);
    });

    it('reads forwards when the sentence speaks of the future or says next', () => {
      assert.deepEqual(datesIn('The court will rule on Friday.', '2020-12-02'), ['Friday=2020-12-04']);
      assert.deepEqual(datesIn('They meet again next Wednesday.', '2020-12-02'), ['next Wednesday=2020-12-09']);
      assert.deepEqual(datesIn('The vote is scheduled for Jan. 5.', '2020-12-02'), ['Jan. 5=2021-01-05']);
      assert.deepEqual(datesIn('Results are expected Monday.', '2021-05-15'), ['Monday=2021-05-17']);
      assert.deepEqual(datesIn('He said the crossing would reopen from March 1.', '2023-02-20'), ['March 1=2023-03-01']);
    });

    it('reads forwards a date in what someone agreed, pledged or vowed to do, but not what they agreed to', () => {
      assert.deepEqual(datesIn('The two countries agreed on Tuesday to restore direct flights by March, after talks.', '2025-10-21'), ['Tuesday=2025-10-21', 'March=2026-03']);
      assert.deepEqual(datesIn('The company pledged to repay investors by February.', '2025-10-21'), ['February=2026-02']);
      assert.deepEqual(datesIn('He agreed to the deal in March.', '2025-10-21'), ['March=2025-03']);
    });

    it('keeps a reported day in the past even when what was said is about the future', () => {
      assert.deepEqual(datesIn('Putin said Friday he will visit Yerevan.', '2021-05-12'), ['Friday=2021-05-07']);
      assert.deepEqual(datesIn('On Friday, Putin said he will visit Yerevan.', '2021-05-12'), ['Friday=2021-05-07']);
      assert.deepEqual(datesIn('Pashinyan told reporters on Monday that talks will resume.', '2021-05-12'), ['Monday=2021-05-10']);
      assert.deepEqual(datesIn('The deal, which would end the war, was signed Nov. 9.', '2020-12-02'), ['Nov. 9=2020-11-09']);
      assert.deepEqual(datesIn('The council voted on Wednesday night to back a route that would take trucks away.', '2025-11-13'), ['Wednesday=2025-11-12']);
      assert.deepEqual(datesIn('The vote is scheduled on Wednesday.', '2025-11-13'), ['Wednesday=2025-11-19']);
      assert.deepEqual(datesIn('Talks will resume Monday, Pashinyan said.', '2021-05-12'), ['Monday=2021-05-17']);
    });
  });

  describe('who owns the date: the reporting verb, a court fixing a day, "until", "since"', () => {
    it('keeps a date after "warned in" in the past, though what was warned of would come later', () => {
      assert.deepEqual(datesIn('The bank warned in March that rates would climb.', '2026-02-10'), ['March=2025-03']);
      assert.deepEqual(datesIn('The regulator noted in June that prices would fall.', '2026-03-04'), ['June=2025-06']);
    });

    it('reads forwards a day that a court or a council fixes, sets, adjourns or postpones a case to', () => {
      assert.deepEqual(datesIn('The magistrate fixed June 3 for sentencing.', '2026-07-10'), ['June 3=2027-06-03']);
      assert.deepEqual(datesIn('The judge adjourned the hearing until Jan. 12.', '2025-12-02'), ['Jan. 12=2026-01-12']);
      assert.deepEqual(datesIn('The trial was set for Friday.', '2026-03-04'), ['Friday=2026-03-06']);
      assert.deepEqual(datesIn('The council postponed its vote on the plan to March 18.', '2026-03-04'), ['March 18=2026-03-18']);
    });

    it('keeps the day an adjournment happened on in the past', () => {
      assert.deepEqual(datesIn('The hearing was adjourned on Monday.', '2026-03-04'), ['Monday=2026-03-02']);
    });

    it('reads "until" forwards after a modal or a present tense, and backwards after a past one', () => {
      assert.deepEqual(datesIn('Roads may stay shut until Thursday, engineers warned.', '2026-03-04'), ['Thursday=2026-03-05']);
      assert.deepEqual(datesIn('The bridge is closed until Monday.', '2026-03-04'), ['Monday=2026-03-09']);
      assert.deepEqual(datesIn('Engineers warned that homes could be cut off until Monday.', '2026-03-04'), ['Monday=2026-03-09']);
      assert.deepEqual(datesIn('The museum stayed shut until Monday.', '2026-03-04'), ['Monday=2026-03-02']);
      assert.deepEqual(datesIn('He could have stayed until Monday.', '2026-03-04'), ['Monday=2026-03-02']);
    });

    it('reads "since" backwards whatever the clause promises', () => {
      assert.deepEqual(datesIn('They pledged to reopen a clinic shut since March.', '2026-02-10'), ['March=2025-03']);
    });

    it('reads forwards after a present hope to do something, but not after "hoped to"', () => {
      assert.deepEqual(datesIn('The coalition hopes to pass the bill before the regional elections in September.', '2026-03-12'), ['September=2026-09']);
      assert.deepEqual(datesIn('She hoped to finish the survey in October, but the money ran out.', '2026-03-12'), ['October=2025-10']);
    });

    it('reads "could be" and "might be" forwards, but not "could be seen"', () => {
      assert.deepEqual(datesIn('The plant could be finished in March, officials said.', '2026-01-15'), ['March=2026-03']);
      assert.deepEqual(datesIn('Smoke could be seen on Sunday.', '2026-03-04'), ['Sunday=2026-03-01']);
    });
  });

  describe('fixtures and deadlines told in the present are read forwards', () => {
    it('reads a deadline after "has until" in the future', () => {
      assert.deepEqual(datesIn('The tribunal has until Jan. 12 to publish its ruling.', '2025-12-02'), ['Jan. 12=2026-01-12']);
    });

    it('reads the end of a period still running in the future', () => {
      assert.deepEqual(datesIn('For the half-year, which ends in December, sales should rise.', '2025-11-06'), ['December=2025-12']);
    });

    it('reads the next match of a team in the future, and keeps a match already played in the past', () => {
      assert.deepEqual(datesIn('Leeds travel to Norwich to face the leaders on Saturday.', '2026-02-16'), ['Saturday=2026-02-21']);
      assert.deepEqual(datesIn('Porto host Lyon on Thursday before the sides meet again in March.', '2026-02-16'), ['Thursday=2026-02-19', 'March=2026-03']);
      assert.deepEqual(datesIn('Leeds beat the leaders on Saturday.', '2026-02-16'), ['Saturday=2026-02-14']);
      assert.deepEqual(datesIn('The striker, signed in January, rose to meet a cross in the last minute.', '2026-02-16'), ['January=2026-01']);
    });

    it('reads a journey told in the present forwards', () => {
      assert.deepEqual(datesIn('Doolan, who flies home with the squad on Monday, said they had been light.', '2026-02-22'), ['Monday=2026-02-23']);
    });

    it('reads forwards after "likely to", "must" and "should", but not "must have"', () => {
      assert.deepEqual(datesIn('The violence is likely to weigh on the election on May 31.', '2026-03-10'), ['May 31=2026-05-31']);
      assert.deepEqual(datesIn('Party primaries must be concluded by October 30.', '2026-03-10'), ['October 30=2026-10-30']);
      assert.deepEqual(datesIn('The letter must have arrived on October 30.', '2026-03-10'), ['October 30=2025-10-30']);
    });

    it('leaves a future word in the clause after the date to that clause', () => {
      assert.deepEqual(datesIn('He turned down a contract in January, which means he is likely to lose his place.', '2026-02-16'), ['January=2026-01']);
    });

    it('does not read a plan, as a noun, as the future of a later verb', () => {
      assert.deepEqual(datesIn("The state's plan to acquire land has run into trouble after farmers moved the court on Monday.", '2026-03-18'), ['Monday=2026-03-16']);
      assert.deepEqual(datesIn('The council plans to vote on Monday.', '2026-03-18'), ['Monday=2026-03-23']);
    });

    it("keeps a market's closing day in the past", () => {
      assert.deepEqual(datesIn("Shareholders will receive a premium of 29 per cent over Friday's closing price.", '2026-01-12'), ['Friday=2026-01-09']);
    });

    it('reads a month naming an event ("the May budget") as that month', () => {
      assert.deepEqual(datesIn('The request would be considered in the May budget.', '2026-03-10'), ['May=2026-05']);
      assert.deepEqual(datesIn('The cuts came in the March budget.', '2026-05-10'), ['March=2026-03']);
    });
  });

  describe('month and day without a year', () => {
    it('places "Nov. 9" in the November just gone', () => {
      assert.deepEqual(datesIn('Since the Nov. 9 peace deal, troops deployed.', '2020-12-02'), ['Nov. 9=2020-11-09']);
    });

    it('lets a stated weekday choose the year', () => {
      // 15 May is a Saturday in 2021 only: the day after publication, not May 2020.
      assert.deepEqual(datesIn('The talks on Saturday, May 15 failed.', '2021-05-14'), ['Saturday, May 15=2021-05-15']);
    });

    it('keeps the publication year for an update note dated a few weeks after publication', () => {
      assert.deepEqual(datesIn("Editor's note: This article was updated on November 19 to correct a name.", '2025-11-18'), ['November 19=2025-11-19']);
      assert.deepEqual(datesIn('The figures were corrected on December 2.', '2025-11-18'), ['December 2=2025-12-02']);
      // Further off, or outside a note, the day is still the one just gone.
      assert.deepEqual(datesIn('This article was updated on March 19.', '2025-11-18'), ['March 19=2025-03-19']);
      assert.deepEqual(datesIn('The council met on November 19.', '2025-11-18'), ['November 19=2024-11-19']);
    });

    it('reads an update note only for its dates without a year, and gives the others their own value', () => {
      // Friday 2025-11-14: a month alone in the note, a day with its year, a week and a weekday in the past.
      assert.deepEqual(datesIn('This story was revised in December to add a quote.', '2025-11-14'), ['December=2025-12']);
      assert.deepEqual(datesIn('This story was revised on December 1, 2024 and again last week.', '2025-11-14'), ['December 1, 2024=2024-12-01', 'last week=2025-W45']);
      assert.deepEqual(datesIn('Correction: the vote was held on Tuesday, not Monday.', '2025-11-14'), ['Tuesday=2025-11-11', 'Monday=2025-11-10']);
    });

    it('reads a day without a year that falls within two weeks after publication as the coming one, unless a past verb owns it', () => {
      // Sunday 2026-03-08: the next race a week later, told in a past clause of reported speech.
      assert.deepEqual(datesIn('The coach said the side had plenty to fix before the final in Lyon on March 15.', '2026-03-08'), ['March 15=2026-03-15']);
      // Across the turn of the year.
      assert.deepEqual(datesIn('Lawyers said there was little time before the hearing on Jan. 4.', '2025-12-29'), ['Jan. 4=2026-01-04']);
      // A past verb right before the date, or a day further off, keeps the day that has gone by.
      assert.deepEqual(datesIn('The board met on March 12.', '2026-03-08'), ['March 12=2025-03-12']);
      assert.deepEqual(datesIn('Turnout was low in the vote of March 30.', '2026-03-08'), ['March 30=2025-03-30']);
    });

    it('reads the month after publication, or a deadline day within a month of it, as the coming one in a past clause', () => {
      // A month named alone: the next one is still to come; last year's would be "last October".
      assert.deepEqual(datesIn('The federation picked two riders for the European championships in October.', '2026-09-12'), ['October=2026-10']);
      // Across the turn of the year.
      assert.deepEqual(datesIn('The union said its members wanted a new contract from January.', '2026-12-10'), ['January=2027-01']);
      // A deadline three weeks ahead.
      assert.deepEqual(datesIn('The county had asked the state for two more water tankers to be sent to the valley by Oct. 3.', '2026-09-12'), ['Oct. 3=2026-10-03']);
      // A day that is no deadline, a past verb owning the month, or a month further off keep the year gone by.
      assert.deepEqual(datesIn('Turnout was low in the vote of Oct. 3.', '2026-09-12'), ['Oct. 3=2025-10-03']);
      assert.deepEqual(datesIn('Sales fell in October.', '2026-09-12'), ['October=2025-10']);
      assert.deepEqual(datesIn('The federation picked two riders for the race in November.', '2026-09-12'), ['November=2025-11']);
    });

    it('moves a later day of the year to the previous year', () => {
      assert.deepEqual(datesIn('Talks began on Dec. 20.', '2020-12-02'), ['Dec. 20=2019-12-20']);
    });

    it('places a bare month in its most recent past occurrence', () => {
      assert.deepEqual(datesIn('The deal was signed in November.', '2021-05-14'), ['November=2020-11']);
      assert.deepEqual(datesIn('It rained in March.', '2021-05-14'), ['March=2021-03']);
    });
  });

  describe('granularity follows the words', () => {
    it('gives months, ISO weeks and years for relative phrases', () => {
      assert.deepEqual(datesIn('The plot was foiled last month.', '2020-12-02'), ['last month=2020-11']);
      assert.deepEqual(datesIn('Tensions rose this week.', '2021-05-14'), ['this week=2021-W19']);
      assert.deepEqual(datesIn('Exports fell last year.', '2021-05-14'), ['last year=2020']);
      assert.deepEqual(datesIn('He left two months ago.', '2020-12-02'), ['two months ago=2020-10']);
      assert.deepEqual(datesIn('It happened yesterday.', '2020-12-02'), ['yesterday=2020-12-01']);
    });

    it('keeps "last", "next" and "this" with a month, in the year they point to', () => {
      assert.deepEqual(datesIn('The report was published last December.', '2025-10-22'), ['last December=2024-12']);
      assert.deepEqual(datesIn('Prices peaked last October.', '2025-10-22'), ['last October=2024-10']);
      assert.deepEqual(datesIn('Talks resume next March, and again this June.', '2025-10-22'), ['next March=2026-03', 'this June=2025-06']);
    });

    it('reads seasons as the year of the season meant, a winter being the year it begins', () => {
      assert.deepEqual(datesIn('People were killed last fall.', '2021-05-14'), ['last fall=2020']);
      assert.deepEqual(datesIn('Prices rose last summer.', '2020-12-02'), ['last summer=2019']);
      assert.deepEqual(datesIn('Prices rose this summer.', '2020-12-02'), ['this summer=2020']);
      assert.deepEqual(datesIn('Prices rose last summer.', '2020-07-15'), ['last summer=2019']);
      assert.deepEqual(datesIn('Snow fell last winter.', '2021-05-14'), ['last winter=2020']);
      assert.deepEqual(datesIn('It opened in spring 2019.', '2021-05-14'), ['spring 2019=2019']);
      assert.equal(findDates('last fall', [{ start: 0, end: 9 }], '2021-05-14')[0].canonical, 'Autumn 2020');
    });

    it('reads a bare season after "in the", "before the" as the latest one, or the coming one in a sentence that looks ahead', () => {
      assert.deepEqual(datesIn('The club will sign him in the summer, when his loan ends.', '2026-03-12'), ['summer=2026']);
      assert.deepEqual(datesIn('Nothing will change before the autumn.', '2026-03-12'), ['autumn=2026']);
      assert.deepEqual(datesIn('Exports slumped in the summer.', '2026-03-12'), ['summer=2025']);
      // Inside the season, the coming one is the current one; a winter is the year it begins in.
      assert.deepEqual(datesIn('Crews will work through the winter.', '2026-01-10'), ['winter=2025']);
      assert.deepEqual(datesIn('A road closed since the autumn will reopen.', '2026-03-12'), ['autumn=2025']);
      assert.equal(findDates('Rain fell in the spring.', [{ start: 0, end: 24 }], '2026-08-01')[0].canonical, 'Spring 2026');
    });

    it('leaves a season that is a name or that qualifies a noun alone', () => {
      assert.deepEqual(datesIn('She spoke in the spring statement.', '2026-03-12'), []);
      assert.deepEqual(datesIn('Riots broke out after the fall of the city.', '2026-03-12'), []);
      assert.deepEqual(datesIn('Protests spread in the Arab Spring.', '2026-03-12'), []);
    });

    it('keeps a month or a day with "last year", "this year" or "next year" as one date', () => {
      assert.deepEqual(datesIn('He was arrested in October last year.', '2026-03-04'), ['October last year=2025-10']);
      assert.deepEqual(datesIn('The law takes effect on 3 March next year.', '2026-03-04'), ['3 March next year=2027-03-03']);
      assert.deepEqual(datesIn('Sales peaked in mid-June this year.', '2026-08-04'), ['mid-June this year=2026-06']);
      assert.deepEqual(datesIn('He was arrested in October last year.', null), ['October last year=']);
    });

    it('counts "the following year" and "the previous year" from the latest year before them in the range', () => {
      assert.deepEqual(datesIn('The dam opened in 1988 and failed the following year.', '2026-03-04'), ['1988=1988', 'the following year=1989']);
      assert.deepEqual(datesIn('Exports fell in March 2012, after a peak the previous year.', '2026-03-04'), ['March 2012=2012-03', 'the previous year=2011']);
    });

    it('leaves "the following year" alone when no year comes before it in its range, or when it is a span', () => {
      assert.deepEqual(datesIn('Costs rose the following year.', '2026-03-04'), []);
      assert.deepEqual(datesIn('It began in 1990. Over the following year, costs rose.', '2026-03-04'), ['1990=1990']);
      const text = 'The mine opened in 1961.\nIt closed the following year.';
      const dates = findDates(text, [{ start: 0, end: 24 }, { start: 25, end: text.length }], '2026-03-04');
      assert.deepEqual(dates.map((d) => d.text), ['1961']);
    });

    it('finds a year used as a modifier after a possessive, but not a count', () => {
      assert.deepEqual(datesIn('His 1994 debut album sold well.', '2026-03-04'), ['1994=1994']);
      assert.deepEqual(datesIn("The bank's 2025 results beat forecasts.", '2026-03-04'), ['2025=2025']);
      assert.deepEqual(datesIn('Their 2000 volunteers and its 1999 staff came.', '2026-03-04'), []);
    });

    it('takes a year after a preposition but leaves the preposition out', () => {
      assert.deepEqual(datesIn('A war there ended in 1994.', '2021-05-14'), ['1994=1994']);
      assert.deepEqual(datesIn('Rebels have held it since 1994, and by 2019 more.', null), ['1994=1994', '2019=2019']);
    });

    it('takes a year that something is "about" before a clause ends, but not a count after "about"', () => {
      assert.deepEqual(datesIn('The move was about 2031, not about the budget.', '2026-03-04'), ['2031=2031']);
      assert.deepEqual(datesIn('About 2000 people came, about 1950 cars.', '2026-03-04'), []);
    });

    it('keeps "early", "late" and "mid" in the date, with the value of the year or month they qualify', () => {
      assert.deepEqual(datesIn('In the worst outbreak, in late 2006 and early 2007, 150 died; by mid-2019 it was over.', '2025-06-11'), ['late 2006=2006', 'early 2007=2007', 'mid-2019=2019']);
      assert.deepEqual(datesIn('Herders have lost 40 goats since mid-May.', '2025-06-11'), ['mid-May=2025-05']);
      assert.deepEqual(datesIn('It rained in late May the whole week, and in mid June 2024 too.', '2025-06-11'), ['late May=2025-05', 'mid June 2024=2024-06']);
      assert.deepEqual(datesIn('Rains will peak in late August.', '2025-06-11'), ['late August=2025-08']);
      assert.deepEqual(datesIn('It peaked in late August.', '2025-06-11'), ['late August=2024-08']);
      assert.deepEqual(datesIn('Talks began in early March.', null), ['early March=']);
    });

    it('keeps "earlier", "later" and "late on" in the date', () => {
      assert.deepEqual(datesIn('The files date from a migration earlier this year.', '2025-10-09'), ['earlier this year=2025']);
      assert.deepEqual(datesIn('He apologised in a video posted late on Wednesday.', '2025-10-09'), ['late on Wednesday=2025-10-08']);
      assert.deepEqual(datesIn('Results are due later this month.', '2025-10-09'), ['later this month=2025-10']);
    });

    it('reads "earlier this week" and "later this week" as the publication day\'s own ISO week', () => {
      // Thursday 2026-03-12 is in week 11, whose Monday is 9 March; a Sunday is the last day of its week.
      assert.deepEqual(datesIn('The bill passed its first reading earlier this week.', '2026-03-12'), ['earlier this week=2026-W11']);
      assert.deepEqual(datesIn('A ruling is expected later this week.', '2026-03-09'), ['later this week=2026-W11']);
      assert.deepEqual(datesIn('Crews arrived earlier this week.', '2026-03-15'), ['earlier this week=2026-W11']);
    });

    it('values a decade by its first three digits, as ISO 8601-2 does, with or without a qualifier', () => {
      assert.deepEqual(datesIn('We fight with the tools of the 1990s, since the late 1980s.', '2025-06-11'), ['1990s=199', 'late 1980s=198']);
      assert.deepEqual(datesIn('Cities grew fast in the 2010s.', null), ['2010s=201']);
    });

    it('keeps the month for the end or beginning of a month', () => {
      assert.deepEqual(datesIn('Troops would withdraw by the end of April.', '2025-03-13'), ['end of April=2025-04']);
      assert.deepEqual(datesIn('Prices rose at the end of the month.', '2021-05-14'), ['end of the month=2021-05']);
    });

    it('finds both years of a pair, prepositions left out', () => {
      assert.deepEqual(datesIn('Prices doubled between 1990 and 1995, and again from 2010 to 2015.', null), ['1990=1990', '1995=1995', '2010=2010', '2015=2015']);
    });

    it('describes a week by its days', () => {
      assert.equal(findDates('this week', [{ start: 0, end: 9 }], '2021-05-14')[0].canonical, 'Week of 10–16 May 2021');
    });

    it('keeps full dates at day granularity with a readable canonical', () => {
      const [d] = findDates('December 02, 2020', [{ start: 0, end: 17 }], null);
      assert.equal(d.value, '2020-12-02');
      assert.equal(d.canonical, 'Wednesday, 2 December 2020');
    });

    it('splits a range into its two ends', () => {
      assert.deepEqual(datesIn('The fair ran from May to July.', '2020-12-02'), ['May=2020-05', 'July=2020-07']);
      assert.deepEqual(datesIn('Talks ran May 5-7, 2019.', null), ['May 5=2019-05-05', '7, 2019=2019-05-07']);
    });
  });

  describe('times of day are not part of the date', () => {
    it('leaves out a clock time and its time zone after a full date', () => {
      assert.deepEqual(datesIn('Published: March 3, 2026 at 6:48 PM', '2026-03-03'), ['March 3, 2026=2026-03-03']);
      assert.deepEqual(datesIn('Posted Jan 9, 2026 11:40 AM CST', '2026-01-09'), ['Jan 9, 2026=2026-01-09']);
      assert.deepEqual(datesIn('Tue 3 Mar 2026 09.12 GMT', '2026-03-03'), ['Tue 3 Mar 2026=2026-03-03']);
      assert.deepEqual(datesIn('Updated 4:18 PM EAT, March 3, 2026', '2026-03-03'), ['March 3, 2026=2026-03-03']);
      assert.deepEqual(datesIn('Updated November 13 2025 - 4:52pm, first published 2:15pm', '2025-11-13'), ['November 13 2025=2025-11-13']);
    });

    it('keeps a weekday set off by a comma before a day-month-year date, and leaves the clock time on the next line out', () => {
      assert.deepEqual(datesIn('Nation\nThursday, 05 Mar 2026\n1:45 PM MYT', '2026-03-05'), ['Thursday, 05 Mar 2026=2026-03-05']);
    });

    it('leaves out a clock time or a part of the day around a weekday', () => {
      assert.deepEqual(datesIn('The site went dark after 9 p.m. on Monday.', '2026-03-04'), ['Monday=2026-03-02']);
      assert.deepEqual(datesIn('She conceded on Sunday night.', '2026-03-04'), ['Sunday=2026-03-01']);
      assert.deepEqual(datesIn('The letter came on Tuesday morning.', '2026-03-04'), ['Tuesday=2026-03-03']);
    });

    it('keeps a relative day that names a part of the day whole', () => {
      assert.deepEqual(datesIn('Talks resumed this morning.', '2026-03-04'), ['this morning=2026-03-04']);
    });

    it('leaves out a part of the day after today, tomorrow or yesterday', () => {
      assert.deepEqual(datesIn('The jury returns tomorrow afternoon.', '2026-03-04'), ['tomorrow=2026-03-05']);
      assert.deepEqual(datesIn('He was seen yesterday evening.', '2026-03-04'), ['yesterday=2026-03-03']);
    });

    it('leaves out a clock time written without dots before a day or a relative day', () => {
      assert.deepEqual(datesIn('It struck at 3am on Sunday.', '2026-03-04'), ['Sunday=2026-03-01']);
      assert.deepEqual(datesIn('Polls close at 10pm tonight.', '2026-03-04'), ['tonight=2026-03-04']);
    });

    it('leaves out a 24-hour clock time and a time zone before "on" and the day', () => {
      assert.deepEqual(datesIn('Power came back at 14:32 GMT on Friday.', '2026-03-04'), ['Friday=2026-02-27']);
      assert.deepEqual(datesIn('The blast came at 9 a.m. EST on Monday.', '2026-03-04'), ['Monday=2026-03-02']);
    });

    it('keeps only the day of a range between two clock times, read from its own words', () => {
      assert.deepEqual(datesIn('Flights are grounded from 8pm until 6am on Saturday.', '2026-03-04'), ['Saturday=2026-03-07']);
      assert.deepEqual(datesIn('The office was open Friday from 9:30 until 4:00.', '2026-03-04'), ['Friday=2026-02-27']);
    });

    it('finds "tomorrow" in a sentence with no other date word', () => {
      assert.deepEqual(datesIn('We meet tomorrow.', '2026-03-04'), ['tomorrow=2026-03-05']);
    });
  });

  describe('years after "the" and fiscal years', () => {
    it('finds the year of an event named by it, or of "the end of" it', () => {
      assert.deepEqual(datesIn('It recalled the 2017 election.', '2026-03-04'), ['2017=2017']);
      assert.deepEqual(datesIn('Orders are full until the end of 2027.', '2026-03-04'), ['2027=2027']);
    });

    it('keeps "fiscal" with the year it names', () => {
      assert.deepEqual(datesIn('Spending will rise in fiscal 2027.', '2026-03-04'), ['fiscal 2027=2027']);
    });

    it('leaves counts of things alone', () => {
      assert.deepEqual(datesIn('A total of 2000 people were moved.', '2026-03-04'), []);
      assert.deepEqual(datesIn('She won the 1500 metres.', '2026-03-04'), []);
    });
  });

  describe('what is not a date', () => {
    const notDates = [
      'for more than 25 years', 'six weeks of bitter fighting', 'a five-year period', 'nearly 2,000 peacekeepers',
      'More than 6,000 people', 'Clear icon 33º', 'at 10:30 a.m.', 'the past two years', 'in 24 hours',
      'an hour ago', 'the day before', 'protesters march on the capital', 'They may come.', 'the Sun newspaper', '42',
      'Mr. March resigned', 'Prime Minister May spoke', '1,994 votes',
      "she told BBC Radio 4's Today programme", 'a guest on the Tonight show',
      'for eleven days', 'within twenty-four hours', 'for fifteen years', 'He lost 40 goats in 2 days. "Now I cannot sell them."', 'He can return two months before the end of his ban.', 'Three years later, 12 returned.', 'Two and a half years later, few remain.', 'a few weeks after the 2 votes', 'By now 6,000 had left.', 'Right now, 12 remain.', 'the late may come',
      'In a note later in the day, he apologised.', 'The shop opens from 6pm until 9pm.',
      "artemisinin, the backbone of today's treatments", "in today's world", "today's young voters",
      'The runner-up crossed the line +2.415sec behind.', 'a gap of +0.8s', 'Shares closed -3 days later.',
      'Profit rose in the July-September quarter.', 'sales for the January to March quarter', 'Exports slowed in the June quarter.', 'the October-March half',
      'Tourism is where the jobs are today.', 'The town is not what it is today, she said.', 'as it stands today.',
    ];
    for (const text of notDates) {
      it(`finds nothing in "${text}"`, () => assert.deepEqual(datesIn(text, '2020-12-02'), []));
    }
  });

  it("keeps today's as the day for what happens on it", () => {
    assert.deepEqual(datesIn("Today's talks were cancelled, as was today's meeting.", '2026-03-03'), ['Today=2026-03-03', 'today=2026-03-03']);
  });

  it('keeps "today" as the day when it says when something happens, also after "is" or "are"', () => {
    assert.deepEqual(datesIn('The talks are today, and the vote is today too.', '2026-03-03'), ['today=2026-03-03', 'today=2026-03-03']);
    assert.deepEqual(datesIn('Where are the ministers meeting today?', '2026-03-03'), ['today=2026-03-03']);
  });

  it('keeps a quarter ended on a day as that day, and a month in a quarter as the month', () => {
    assert.deepEqual(datesIn('Revenue for the quarter ended Sept. 27 rose.', '2025-11-06'), ['Sept. 27=2025-09-27']);
    assert.deepEqual(datesIn('Sales fell in the first half of March.', '2026-04-06'), ['March=2026-03']);
  });

  describe('without a publication date', () => {
    it('keeps values of dates that carry their year and leaves relative ones without', () => {
      const dates = findDates('On Jan. 5, 2019, last month and on Friday, as in 1994.', [{ start: 0, end: 55 }], null);
      assert.deepEqual(dates.map((d) => [d.text, d.value]), [['Jan. 5, 2019', '2019-01-05'], ['last month', undefined], ['Friday', undefined], ['1994', '1994']]);
    });

    it('treats an invalid publication date as none', () => {
      assert.deepEqual(datesIn('He left Friday.', '2020-02-30'), ['Friday=']);
    });
  });

  describe('any input', () => {
    const published = fc.oneof(fc.constant(null), fc.constantFrom('2020-12-02', '2021-01-01', '2024-02-29', '2021-02-30', 'soon'));
    const dateWords = fc.constantFrom('Friday', 'Nov. 9', 'last fall', 'this week', 'in 1994', 'May 5-7, 2019', ' ', '\r\n', '\uFEFF', '😀', '6,000', '33º', 'late Thursday');

    it('returns sorted dates that slice to their text, only inside the ranges, without throwing', () => {
      fc.assert(
        fc.property(fc.array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 30 }), dateWords), { maxLength: 30 }), fc.nat(), fc.nat(), published, (parts, a, b, pub) => {
          const text = parts.join(' ');
          const range = { start: Math.min(a, b) % (text.length + 1), end: Math.max(a, b) % (text.length + 1) };
          if (range.end < range.start) range.end = range.start;
          const dates = findDates(text, [range], pub);
          for (const [i, d] of dates.entries()) {
            assert.equal(text.slice(d.start, d.end), d.text);
            assert.ok(d.start >= range.start && d.end <= range.end && d.end > d.start);
            if (i > 0) assert.ok(dates[i - 1].end <= d.start);
            if (d.value !== undefined) assert.match(d.value, /^\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2})?$/u);
          }
        }),
        { numRuns: 300 },
      );
    });
  });

  describe('offsets', () => {
    it('are exact after CRLF, a BOM and emoji, and only inside the ranges', () => {
      const text = '\uFEFFHeadline 🎉🎉\r\n\r\nOn Nov. 9 👍 the deal\r\nended last month.\r\n(Photo, Nov. 9)';
      const body = { start: 0, end: text.indexOf('(Photo') };
      const dates = findDates(text, [body], '2020-12-02');
      assert.deepEqual(dates.map((d) => d.text), ['Nov. 9', 'last month']);
      for (const d of dates) assert.equal(text.slice(d.start, d.end), d.text);
      assert.equal(dates[0].start, text.indexOf('Nov. 9'));
    });

    it('returns sorted, non-overlapping dates', () => {
      const text = 'On Wednesday, Nov. 4, 2020 and last week and in 1994 and on Friday.';
      const dates = findDates(text, [{ start: 0, end: text.length }], '2020-12-02');
      for (let i = 1; i < dates.length; i++) assert.ok(dates[i - 1].end <= dates[i].start);
      assert.equal(dates[0].text, 'Wednesday, Nov. 4, 2020');
    });
  });
});
