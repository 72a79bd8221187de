// Meeting slots of an event: back-to-back blocks of `slotMinutes` from the start of the event until
// its end. Times are local to the event (Central European time, the same on both sides of the border).

export interface EventTimes {
  startsAt: string | null;
  endsAt: string | null;
  slotMinutes: number | null;
}

const minutesOf = (local: string) => {
  const [date, time] = local.split('T');
  const [y, m, d] = (date ?? '').split('-').map(Number);
  const [hh, mm] = (time ?? '00:00').split(':').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, hh ?? 0, mm ?? 0) / 60_000;
};

const localOf = (minutes: number) => new Date(minutes * 60_000).toISOString().slice(0, 16);

/** How many whole slots fit between start and end (0 without times or a slot length). */
export function slotCount(event: EventTimes): number {
  if (!event.startsAt || !event.endsAt || !event.slotMinutes) return 0;
  return Math.max(0, Math.floor((minutesOf(event.endsAt) - minutesOf(event.startsAt)) / event.slotMinutes));
}

/** Local start of slot `slot` ("2027-03-17T09:20"), or null when the event has no times. */
export function slotStart(event: Pick<EventTimes, 'startsAt' | 'slotMinutes'>, slot: number): string | null {
  if (!event.startsAt || !event.slotMinutes) return null;
  return localOf(minutesOf(event.startsAt) + slot * event.slotMinutes);
}

/** Local end of slot `slot`. */
export function slotEnd(event: Pick<EventTimes, 'startsAt' | 'slotMinutes'>, slot: number): string | null {
  if (!event.startsAt || !event.slotMinutes) return null;
  return localOf(minutesOf(event.startsAt) + (slot + 1) * event.slotMinutes);
}

/**
 * The UTC instant of a local time in Central Europe (Europe/Berlin and Europe/Prague keep the same
 * clock): the offset is looked up for that moment, so summer time is right.
 */
export function centralEuropeanToUtc(local: string): Date {
  const guess = new Date(`${local}:00Z`);
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
    .formatToParts(guess)
    .reduce<Record<string, string>>((acc, p) => ({ ...acc, [p.type]: p.value }), {});
  const shown = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute));
  return new Date(guess.getTime() - (shown - guess.getTime()));
}
