import { describe, expect, test } from 'vitest';
import { centralEuropeanToUtc, slotCount, slotEnd, slotStart } from './slots';

describe('meeting slots', () => {
  const event = { startsAt: '2027-03-17T09:00', endsAt: '2027-03-17T13:10', slotMinutes: 20 };

  test('as many whole slots as fit between start and end', () => {
    expect(slotCount(event)).toBe(12);
    expect(slotCount({ ...event, slotMinutes: null })).toBe(0);
    expect(slotCount({ ...event, endsAt: '2027-03-17T08:00' })).toBe(0);
  });

  test('slots follow each other from the start', () => {
    expect(slotStart(event, 0)).toBe('2027-03-17T09:00');
    expect(slotStart(event, 3)).toBe('2027-03-17T10:00');
    expect(slotEnd(event, 11)).toBe('2027-03-17T13:00');
  });

  test('local Central European time becomes UTC with winter and summer time', () => {
    expect(centralEuropeanToUtc('2027-01-20T09:00').toISOString()).toBe('2027-01-20T08:00:00.000Z');
    expect(centralEuropeanToUtc('2027-06-20T09:00').toISOString()).toBe('2027-06-20T07:00:00.000Z');
  });
});
