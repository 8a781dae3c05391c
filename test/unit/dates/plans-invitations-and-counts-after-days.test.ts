import * as assert from 'node:assert/strict';
import { datesIn } from '../helpers/dates';

// 2026-03-11 is a Wednesday.
const WEDNESDAY = '2026-03-11';

describe('plans, invitations, past deliveries and counts after a day', () => {
  it('reads a plan set off by a comma or still pending as ahead', () => {
    assert.deepEqual(datesIn('The lenders are weighing a second tranche for the trams, to be approved on 20 March.', WEDNESDAY), ['20 March=2026-03-20']);
    assert.deepEqual(datesIn('The port deal has yet to be signed in April, officials concede.', WEDNESDAY), ['April=2026-04']);
  });

  it('keeps a past told with "to be" and no comma in the past', () => {
    assert.deepEqual(datesIn('She was the first patient to be treated in February.', WEDNESDAY), ['February=2026-02']);
  });

  it('reads an invitation told in the present as ahead, and one told in the past as past', () => {
    assert.deepEqual(datesIn('All volunteers are invited to a reception at the town hall on Saturday.', WEDNESDAY), ['Saturday=2026-03-14']);
    assert.deepEqual(datesIn('The volunteers were invited to a reception at the town hall on Saturday.', WEDNESDAY), ['Saturday=2026-03-07']);
  });

  it('keeps a month "than planned" or "as planned" in the past', () => {
    assert.deepEqual(datesIn('The mine shipped more ore in February, as the new crusher ran faster than planned.', WEDNESDAY), ['February=2026-02']);
    assert.deepEqual(datesIn('The plant restarted in January, sooner than we planned.', WEDNESDAY), ['January=2026-01']);
  });

  it('reads a delivery that "had" been due on a day as past, and one due now as ahead', () => {
    assert.deepEqual(datesIn('"We had a shipment due on Monday and it never came," the grocer said.', WEDNESDAY), ['Monday=2026-03-09']);
    assert.deepEqual(datesIn('The next shipment is due on Monday.', WEDNESDAY), ['Monday=2026-03-16']);
  });

  it('reads an extension over a long noun phrase as ahead', () => {
    assert.deepEqual(datesIn('Forecasters have extended their amber warning for snow across Argyll and Bute to Friday.', WEDNESDAY), ['Friday=2026-03-13']);
  });

  it('does not read the first figures of a count after a day as its year', () => {
    assert.deepEqual(datesIn('In the year ended September 30, 13,400 ships used the canal.', '2026-11-02'), ['September 30=2026-09-30']);
    assert.deepEqual(datesIn('The strike began on May 5, 2021, in the capital.', WEDNESDAY), ['May 5, 2021=2021-05-05']);
  });

  it('moves the second weekday of a pair after a first one still to come', () => {
    assert.deepEqual(datesIn('The gale warning was extended to Saturday and Sunday.', WEDNESDAY), ['Saturday=2026-03-14', 'Sunday=2026-03-15']);
    assert.deepEqual(datesIn('The judge adjourned the case to Thursday or Friday.', WEDNESDAY), ['Thursday=2026-03-12', 'Friday=2026-03-13']);
  });

  it('leaves a pair of weekdays gone by as each reads', () => {
    assert.deepEqual(datesIn('She trained on Tuesday and Monday.', WEDNESDAY), ['Tuesday=2026-03-10', 'Monday=2026-03-09']);
  });
});
