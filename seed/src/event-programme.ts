// The demo data of the four cooperation exchanges: registrations with typed cooperation requests,
// meeting requests and answers, the timetable, and for the events before today (2026-12-01) what came
// of the meetings. Written through the events repository, the same code the API runs, with a fixed
// seed and fixed times, so every load gives the same programme.
import { readQuery, writeQuery } from '@grenzland/server/graph/queries';
import type { QueryRunner } from '@grenzland/server/graph/runner';
import { EventsRepository, type Actor } from '@grenzland/server/plugins/app/events-repository';
import { slotCount } from '@grenzland/server/events/slots';
import { cooperationRequestTypes } from '@grenzland/server/schemas/events';
import { Random } from './generate/random';
import { events } from './reference';
import { requestTexts } from './reference/request-texts';

const listEventFirms = readQuery<{ id: string; country: string; offers: string[]; needs: string[] }>('seed/list-event-firms');
const confirmEventLink = writeQuery<{ count: number }>('seed/confirm-event-link');

export const demoToday = '2026-12-01';

/** Firms registered per exchange, at most. */
const perEvent = 20;

const at = (date: string, days: number, time = '10:00') => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return `${d.toISOString().slice(0, 10)}T${time}:00.000Z`;
};

export async function loadEventProgramme(runner: QueryRunner, seed = 2025): Promise<{ registrations: number; meetings: number; outcomes: number }> {
  const repo = new EventsRepository(runner);
  const random = new Random(seed).fork('event-programme');
  let registrations = 0;
  let meetings = 0;
  let outcomes = 0;
  for (const event of events.filter((e) => e.programme)) {
    const r = random.fork(event.id);
    const staff: Actor = { userId: null, now: at(event.date, -10) };
    const pool = await runner.run(listEventFirms, { event: event.id });
    const de = pool.filter((f) => f.country === 'DE');
    const cz = pool.filter((f) => f.country === 'CZ');
    const chosen = [...de.slice(0, perEvent / 2), ...cz.slice(0, perEvent / 2)];
    const slots = slotCount(event.programme!);
    for (const [i, firm] of chosen.entries()) {
      const offers = firm.offers.slice(0, 3);
      const seeks = firm.needs.slice(0, 3);
      const type = r.pick(cooperationRequestTypes);
      const product = type === 'product-offer' ? offers[0] : type === 'product-request' ? seeks[0] : undefined;
      const texts = requestTexts[type];
      // A few leave early or come late: the first or the second half of the slots only.
      const roll = r.next();
      const available = roll < 0.15 ? range(0, Math.ceil(slots / 2)) : roll < 0.25 ? range(Math.floor(slots / 2), slots) : range(0, slots);
      await repo.register(
        event.id,
        { firm: firm.id, persons: [], offers, seeks, requests: [{ type, ...(product ? { product } : {}), ...texts }], available },
        { ...staff, now: at(event.date, -30 + (i % 20)) },
      );
      registrations++;
    }
    // Each firm asks first those that offer what it needs, across the border where it can, then any other.
    const asked = new Set<string>();
    for (const firm of chosen) {
      const others = chosen.filter((o) => o.id !== firm.id);
      const fitting = others.filter((o) => o.offers.some((p) => firm.needs.includes(p)));
      const wishes = [...fitting.sort((a, b) => Number(b.country !== firm.country) - Number(a.country !== firm.country)).slice(0, 2), r.pick(others)];
      for (const other of wishes) {
        const key = `${firm.id}>${other.id}`;
        if (asked.has(key)) continue;
        asked.add(key);
        // Drawn before looking at the database, so a second load draws the same numbers.
        const roll = r.next();
        const answer = roll < 0.8 ? 'accepted' : roll < 0.9 ? 'declined' : null;
        const meeting = await repo.requestMeeting(event.id, { from: firm.id, to: other.id }, { userId: null, now: at(event.date, -14) });
        meetings++;
        if (meeting.status !== 'requested') continue;
        if (answer) await repo.changeMeeting(event.id, meeting.id, { status: answer }, { userId: null, now: at(event.date, -12) });
      }
    }
    await repo.buildSchedule(event.id, at(event.date, -3));
    if (event.date >= demoToday) continue;
    for (const meeting of await repo.meetings(event.id, null)) {
      if (meeting.slot === null) continue;
      const held = r.next() < 0.9;
      const roll = r.next();
      const from = chosen.find((f) => f.id === meeting.from.id)!;
      const to = chosen.find((f) => f.id === meeting.to.id)!;
      const product = from.offers.find((p) => to.needs.includes(p)) ?? to.offers.find((p) => from.needs.includes(p));
      const outcome = !held ? 'none' : roll < 0.3 ? 'none' : roll < 0.7 ? 'follow-up' : roll < 0.85 || !product ? 'cooperation' : 'supplier';
      const supplier = product && from.offers.includes(product) && to.needs.includes(product) ? from.id : to.id;
      const confirmAfterDays = r.chance(0.6) ? r.between(5, 80) : null;
      const saved = await repo.recordOutcome(
        event.id,
        meeting.id,
        { held, outcome, ...(outcome === 'supplier' ? { product, supplier } : {}) },
        { userId: null, now: at(event.date, 1) },
      );
      outcomes++;
      // Most claimed links are confirmed by the other side within the three months the report looks at.
      if (saved.link && confirmAfterDays !== null) {
        await runner.run(confirmEventLink, {
          type: saved.link.type, from: saved.link.from, to: saved.link.to,
          product: outcome === 'supplier' ? product : null, confirmedAt: at(event.date, confirmAfterDays),
        });
      }
    }
  }
  return { registrations, meetings, outcomes };
}

const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
