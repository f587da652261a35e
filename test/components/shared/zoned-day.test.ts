import { expect } from '@open-wc/testing';
import { dayOf, endOfDay, startOfDay } from '../../../src/components/shared/zoned-day.js';

describe('zoned days (date filters in the reader\'s time zone)', () => {
  it('starts and ends a day at the reader\'s midnights, whatever their offset', () => {
    expect(startOfDay('2026-03-29', 'UTC')).to.equal('2026-03-29T00:00:00.000Z');
    expect(endOfDay('2026-03-29', 'UTC')).to.equal('2026-03-29T23:59:59.999Z');
    expect(startOfDay('2026-01-01', 'Pacific/Kiritimati')).to.equal('2025-12-31T10:00:00.000Z');
    expect(startOfDay('2026-01-01', 'Pacific/Pago_Pago')).to.equal('2026-01-01T11:00:00.000Z');
    expect(startOfDay('2026-04-05', 'Australia/Lord_Howe')).to.equal('2026-04-04T13:00:00.000Z');
  });

  it('follows summer time: a day of 23 or 25 hours ends where the next begins', () => {
    expect(startOfDay('2026-03-29', 'Europe/Madrid')).to.equal('2026-03-28T23:00:00.000Z');
    expect(endOfDay('2026-03-29', 'Europe/Madrid')).to.equal('2026-03-29T21:59:59.999Z');
    expect(startOfDay('2026-11-01', 'America/New_York')).to.equal('2026-11-01T04:00:00.000Z');
    expect(endOfDay('2026-11-01', 'America/New_York')).to.equal('2026-11-02T04:59:59.999Z');
  });

  it('starts a day whose midnight does not exist at its first instant, not in the day before', () => {
    // Santiago and Beirut move their clocks from 00:00 to 01:00.
    expect(startOfDay('2025-09-07', 'America/Santiago')).to.equal('2025-09-07T04:00:00.000Z');
    expect(startOfDay('2026-03-29', 'Asia/Beirut')).to.equal('2026-03-28T22:00:00.000Z');
    expect(dayOf(Date.parse('2026-03-28T22:00:00.000Z') - 1, 'Asia/Beirut')).to.equal('2026-03-28');
  });

  it('tells the day an instant falls on there', () => {
    expect(dayOf('2026-03-28T23:30:00Z', 'Europe/Madrid')).to.equal('2026-03-29');
    expect(dayOf('2026-03-28T23:30:00Z', 'America/New_York')).to.equal('2026-03-28');
  });

  it('refuses what is not a date', () => {
    expect(startOfDay('2026-02-30', 'UTC')).to.equal(undefined);
    expect(endOfDay('yesterday', 'UTC')).to.equal(undefined);
  });
});
