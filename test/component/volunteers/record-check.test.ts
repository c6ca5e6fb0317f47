import { COLLECTIONS } from '../../../cloudfunctions/contract/collections';
import { serialOf } from '../../../cloudfunctions/features/volunteers/record-check';
import { startTestCloud, dataOf, errorOf, type TestCloud } from '../../support/test-cloud';
import { HOUR, memberIdOf } from './helpers';

/** A record's number can be checked by staff: it names the person, the day, and the figures it stated. */
describe('volunteers.checkRecord', () => {
  let cloud: TestCloud;
  beforeAll(async () => {
    cloud = await startTestCloud();
    await cloud.seed();
  });
  afterAll(() => cloud.close());

  it('a member\'s record is kept under its number; staff find it, typed in lower case too; members cannot', async () => {
    const record = dataOf(await cloud.call('demo-member-1', 'volunteers.serviceRecord', {}));
    expect(record.serial).toMatch(/^ZYFW-20261128-[2-9A-HJKMNP-TV-Z]{8}$/);
    expect(record.serial).toBe(serialOf(await memberIdOf(cloud, 'demo-member-1'), cloud.clock.now()));
    const found = dataOf(await cloud.call('demo-staff-1', 'volunteers.checkRecord', { serial: ` ${record.serial.toLowerCase()} ` }));
    expect(found).toEqual({
      serial: record.serial, volunteerName: '张桂兰', birthYear: record.birthYear, branchName: record.branchName, teams: record.teams,
      count: record.rows.length, totalMinutes: record.totalMinutes, issuedAt: '2026-11-28',
    });
    expect(errorOf(await cloud.call('demo-member-1', 'volunteers.checkRecord', { serial: record.serial })).code).toBe('FORBIDDEN');
  });

  it('different people get different numbers; the same person a new number each day, and a view the same day keeps one', async () => {
    const a = dataOf(await cloud.call('demo-member-1', 'volunteers.serviceRecord', {})).serial;
    const b = dataOf(await cloud.call('demo-member-4', 'volunteers.serviceRecord', {})).serial;
    expect(a).not.toBe(b);
    expect(dataOf(await cloud.call('demo-member-1', 'volunteers.serviceRecord', {})).serial).toBe(a);
    const me = await memberIdOf(cloud, 'demo-member-1');
    const kept = ((await cloud.snapshot())[COLLECTIONS.volunteerRecords] as Array<{ memberId: string }>).filter((d) => d.memberId === me);
    expect(kept).toHaveLength(1);
    cloud.clock.advance(24 * HOUR);
    try {
      const tomorrow = dataOf(await cloud.call('demo-member-1', 'volunteers.serviceRecord', {})).serial;
      expect(tomorrow).toMatch(/^ZYFW-20261129-/);
      expect(tomorrow.slice(-8)).toBe(a.slice(-8));
      // Yesterday's number still says what it said.
      expect(dataOf(await cloud.call('demo-staff-1', 'volunteers.checkRecord', { serial: a })).issuedAt).toBe('2026-11-28');
    } finally {
      cloud.clock.advance(-24 * HOUR);
    }
  });

  it('a malformed number is a field error; an unknown one says so plainly', async () => {
    const bad = errorOf(await cloud.call('demo-staff-1', 'volunteers.checkRecord', { serial: 'ZYFW-123' }));
    expect(bad).toMatchObject({ code: 'VALIDATION_FAILED', fields: { serial: expect.stringContaining('ZYFW-') } });
    const unknown = errorOf(await cloud.call('demo-staff-1', 'volunteers.checkRecord', { serial: 'ZYFW-20261128-22222222' }));
    expect(unknown).toMatchObject({ code: 'RECORD_NOT_FOUND', message: '没有查到这个证明编号，请核对后再输入' });
  });
});
