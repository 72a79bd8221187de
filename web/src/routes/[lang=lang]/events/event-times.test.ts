import { describe, expect, it } from 'vitest';
import { clock, hasBegun, isPast, slotTimes, splitByToday } from './event-times';

describe('event times', () => {
  it('splits the calendar at today in Central European time: upcoming soonest first, past latest first', () => {
    // 23:30 UTC on 8 December is already 9 December in Dresden and Liberec.
    const now = new Date('2026-12-08T23:30:00Z');
    const items = [{ date: '2025-05-01' }, { date: '2026-12-09' }, { date: '2027-03-17' }, { date: '2026-12-08' }, { date: '2025-10-01' }];
    const { upcoming, past } = splitByToday(items, now);
    expect(upcoming.map((e) => e.date)).toEqual(['2026-12-09', '2027-03-17']);
    expect(past.map((e) => e.date)).toEqual(['2026-12-08', '2025-10-01', '2025-05-01']);
    // On its day an event is upcoming in the calendar and has begun: its outcomes can be recorded.
    expect([isPast({ date: '2026-12-09' }, now), hasBegun({ date: '2026-12-09' }, now), hasBegun({ date: '2026-12-10' }, now)]).toEqual([false, true, false]);
  });

  it('numbers the slots from the start, each as long as the event says', () => {
    expect(slotTimes({ startsAt: '2027-03-17T09:40', slotMinutes: 25, slots: 3 })).toEqual([
      { slot: 0, start: '09:40', end: '10:05' },
      { slot: 1, start: '10:05', end: '10:30' },
      { slot: 2, start: '10:30', end: '10:55' },
    ]);
    expect(slotTimes({ startsAt: null, slotMinutes: 25, slots: 0 })).toEqual([]);
    expect(clock('2027-03-17T09:40')).toBe('09:40');
  });
});
