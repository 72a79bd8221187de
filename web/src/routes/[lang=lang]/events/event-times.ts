// Dates and times of an event as the pages show them. Times are the event's local time
// (YYYY-MM-DDTHH:mm, Central European), so they are read as text, never shifted to the reader's zone.
import type { EventSummary } from '$lib/api/events';

/** Today's date where the events take place. */
export const todayAtEvents = (now: Date) => now.toLocaleDateString('sv-SE', { timeZone: 'Europe/Berlin' });

/** Upcoming events soonest first (today's among them), past ones latest first. */
export function splitByToday<E extends Pick<EventSummary, 'date'>>(items: readonly E[], now: Date): { upcoming: E[]; past: E[] } {
  const today = todayAtEvents(now);
  const upcoming = items.filter((e) => e.date >= today).sort((a, b) => a.date.localeCompare(b.date));
  const past = items.filter((e) => e.date < today).sort((a, b) => b.date.localeCompare(a.date));
  return { upcoming, past };
}

export const isPast = (event: Pick<EventSummary, 'date'>, now: Date) => event.date < todayAtEvents(now);

/** From the event's day on, meetings have taken place (or not) and their outcomes can be recorded. */
export const hasBegun = (event: Pick<EventSummary, 'date'>, now: Date) => event.date <= todayAtEvents(now);

/** The time of day of a local date-time, 'HH:mm'. */
export const clock = (local: string | null | undefined) => (local ? local.slice(11, 16) : '');

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** Each meeting slot with its start and end time; none while the event has no start or slot length. */
export function slotTimes(event: Pick<EventSummary, 'startsAt' | 'slotMinutes' | 'slots'>): { slot: number; start: string; end: string }[] {
  if (!event.startsAt || !event.slotMinutes) return [];
  const first = minutesOf(clock(event.startsAt));
  return Array.from({ length: event.slots }, (_, slot) => ({
    slot,
    start: hhmm(first + slot * event.slotMinutes!),
    end: hhmm(first + (slot + 1) * event.slotMinutes!),
  }));
}
