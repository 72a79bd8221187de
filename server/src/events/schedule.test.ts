import loadHighs from 'highs';
import { beforeAll, describe, expect, test } from 'vitest';
import { priority, ScheduleInputError, solveSchedule, type Schedule, type ScheduleInput, type ScheduleMeeting } from './schedule';
import { scheduleInWorker } from './schedule-worker';

let highs: Awaited<ReturnType<typeof loadHighs>>;
beforeAll(async () => {
  highs = await loadHighs();
});

const solve = (input: ScheduleInput) => solveSchedule(highs, input);
const all = (n: number) => Array.from({ length: n }, (_, i) => i);
const person = (id: string, country: string, available: number[]) => ({ id, country, available });
const meet = (id: string, a: string, b: string, mutual = false, pin?: { slot: number; table: number }): ScheduleMeeting => ({ id, a, b, mutual, ...(pin ? { pin } : {}) });
const placedIds = (schedule: Schedule) => schedule.placed.map((p) => p.meeting).sort();

/** Fails unless the timetable is one a person could follow: nobody and no table twice in a slot, within availability, pins kept. */
function expectValid(input: ScheduleInput, schedule: Schedule) {
  const meetings = new Map(input.meetings.map((m) => [m.id, m]));
  const available = new Map(input.participants.map((p) => [p.id, new Set(p.available)]));
  const taken = new Set<string>();
  for (const placed of schedule.placed) {
    const m = meetings.get(placed.meeting)!;
    expect(placed.slot).toBeGreaterThanOrEqual(0);
    expect(placed.slot).toBeLessThan(input.slots);
    expect(placed.table).toBeGreaterThanOrEqual(0);
    expect(placed.table).toBeLessThan(input.tables);
    for (const key of [`${m.a}/${placed.slot}`, `${m.b}/${placed.slot}`, `table ${placed.slot}#${placed.table}`]) {
      expect(taken.has(key), `${key} double-booked`).toBe(false);
      taken.add(key);
    }
    if (m.pin) expect({ slot: placed.slot, table: placed.table }).toEqual(m.pin);
    else expect(available.get(m.a)!.has(placed.slot) && available.get(m.b)!.has(placed.slot)).toBe(true);
  }
  const placed = new Set(schedule.placed.map((p) => p.meeting));
  const unplaced = new Set(schedule.unplaced.map((u) => u.meeting));
  expect(placed.size + unplaced.size).toBe(input.meetings.length);
  for (const m of input.meetings) expect(placed.has(m.id) !== unplaced.has(m.id)).toBe(true);
}

describe('hand-made events', () => {
  test('every meeting is placed when a timetable can hold them all', () => {
    const input: ScheduleInput = {
      slots: 3,
      tables: 2,
      participants: [person('A', 'DE', [0, 1, 2]), person('B', 'CZ', [0, 1, 2]), person('C', 'DE', [1, 2]), person('D', 'CZ', [0, 1])],
      // A meets three firms in three slots; C and D share only slot 1, so everything else must fit around it.
      meetings: [meet('m1', 'A', 'B'), meet('m2', 'A', 'C'), meet('m3', 'A', 'D'), meet('m4', 'C', 'D')],
    };
    const schedule = solve(input);
    expectValid(input, schedule);
    expect(schedule.placed).toEqual([
      { meeting: 'm3', slot: 0, table: 0, pinned: false },
      { meeting: 'm1', slot: 1, table: 0, pinned: false },
      { meeting: 'm4', slot: 1, table: 1, pinned: false },
      { meeting: 'm2', slot: 2, table: 0, pinned: false },
    ]);
    expect(schedule.unplaced).toEqual([]);
    expect(schedule.optimal).toBe(true);
  });

  test('a triangle in two slots holds two meetings: the mutual cross-border one and the cross-border one win', () => {
    const input: ScheduleInput = {
      slots: 2,
      tables: 2,
      participants: [person('A', 'DE', [0, 1]), person('B', 'CZ', [0, 1]), person('C', 'CZ', [0, 1])],
      meetings: [meet('ab', 'A', 'B', true), meet('bc', 'B', 'C'), meet('ac', 'A', 'C')],
    };
    const schedule = solve(input);
    expectValid(input, schedule);
    expect(placedIds(schedule)).toEqual(['ab', 'ac']);
    expect(schedule.unplaced).toEqual([{ meeting: 'bc', reason: 'participants-busy', busy: ['B', 'C'] }]);
  });

  test('with one table the cross-border meeting gets it; the other has no table', () => {
    const input: ScheduleInput = {
      slots: 1,
      tables: 1,
      participants: [person('A', 'DE', [0]), person('B', 'DE', [0]), person('C', 'DE', [0]), person('D', 'CZ', [0])],
      meetings: [meet('ab', 'A', 'B'), meet('cd', 'C', 'D')],
    };
    const schedule = solve(input);
    expect(schedule.placed).toEqual([{ meeting: 'cd', slot: 0, table: 0, pinned: false }]);
    expect(schedule.unplaced).toEqual([{ meeting: 'ab', reason: 'no-table', busy: [] }]);
  });

  test('a mutual request beats a cross-border one when only one fits', () => {
    const input: ScheduleInput = {
      slots: 1,
      tables: 1,
      participants: [person('A', 'DE', [0]), person('B', 'DE', [0]), person('C', 'DE', [0]), person('D', 'CZ', [0])],
      meetings: [meet('ab', 'A', 'B', true), meet('cd', 'C', 'D')],
    };
    expect(placedIds(solve(input))).toEqual(['ab']);
  });

  test('two sides without a common free slot cannot meet, and are told so', () => {
    const input: ScheduleInput = {
      slots: 2,
      tables: 5,
      participants: [person('A', 'DE', [0]), person('B', 'CZ', [1])],
      meetings: [meet('ab', 'A', 'B', true)],
    };
    const schedule = solve(input);
    expect(schedule.placed).toEqual([]);
    expect(schedule.unplaced).toEqual([{ meeting: 'ab', reason: 'no-common-slot', busy: [] }]);
  });

  test('a participant with more meetings than free slots: the lowest claim stays out and the busy side is named', () => {
    const input: ScheduleInput = {
      slots: 2,
      tables: 3,
      participants: [person('A', 'DE', [0, 1]), person('B', 'CZ', [0, 1]), person('C', 'DE', [0, 1]), person('D', 'CZ', [0, 1])],
      meetings: [meet('ab', 'A', 'B'), meet('ac', 'A', 'C'), meet('ad', 'A', 'D', true)],
    };
    const schedule = solve(input);
    expectValid(input, schedule);
    expect(placedIds(schedule)).toEqual(['ab', 'ad']);
    expect(schedule.unplaced).toEqual([{ meeting: 'ac', reason: 'participants-busy', busy: ['A'] }]);
  });

  test('more meetings come before better claims: two plain meetings beat one mutual cross-border meeting', () => {
    const input: ScheduleInput = {
      slots: 1,
      tables: 2,
      participants: [person('A', 'DE', [0]), person('B', 'CZ', [0]), person('C', 'DE', [0]), person('D', 'DE', [0])],
      meetings: [meet('ab', 'A', 'B', true), meet('ac', 'A', 'C'), meet('bd', 'B', 'D')],
    };
    expect(placedIds(solve(input))).toEqual(['ac', 'bd']);
  });

  test('pinned meetings stay where staff put them and the rest is placed around them', () => {
    const input: ScheduleInput = {
      slots: 2,
      tables: 1,
      participants: [person('A', 'DE', [0, 1]), person('B', 'CZ', [0, 1]), person('C', 'DE', [0, 1])],
      // Without the pin, the mutual meeting would take a slot and both others could not both fit.
      meetings: [meet('ab', 'A', 'B', true), meet('ac', 'A', 'C', false, { slot: 0, table: 0 }), meet('bc', 'B', 'C')],
    };
    const schedule = solve(input);
    expectValid(input, schedule);
    expect(schedule.placed).toEqual([
      { meeting: 'ac', slot: 0, table: 0, pinned: true },
      { meeting: 'ab', slot: 1, table: 0, pinned: false },
    ]);
    expect(schedule.unplaced).toEqual([{ meeting: 'bc', reason: 'participants-busy', busy: ['B', 'C'] }]);
  });

  test('a pin keeps its table; other meetings in that slot take the other tables', () => {
    const input: ScheduleInput = {
      slots: 1,
      tables: 3,
      participants: [person('A', 'DE', [0]), person('B', 'CZ', [0]), person('C', 'DE', [0]), person('D', 'CZ', [0])],
      meetings: [meet('ab', 'A', 'B'), meet('cd', 'C', 'D', false, { slot: 0, table: 0 })],
    };
    expect(solve(input).placed).toEqual([
      { meeting: 'cd', slot: 0, table: 0, pinned: true },
      { meeting: 'ab', slot: 0, table: 1, pinned: false },
    ]);
  });

  test('pins that clash, or lie outside the event, are refused', () => {
    const participants = [person('A', 'DE', [0]), person('B', 'CZ', [0]), person('C', 'DE', [0])];
    const clash = () => solve({ slots: 1, tables: 2, participants, meetings: [meet('ab', 'A', 'B', false, { slot: 0, table: 0 }), meet('ac', 'A', 'C', false, { slot: 0, table: 1 })] });
    expect(clash).toThrow(ScheduleInputError);
    expect(clash).toThrow(/pin-clash/);
    const sameTable = () => solve({ slots: 1, tables: 2, participants: [...participants, person('D', 'CZ', [0])], meetings: [meet('ab', 'A', 'B', false, { slot: 0, table: 1 }), meet('cd', 'C', 'D', false, { slot: 0, table: 1 })] });
    expect(sameTable).toThrow(/pin-clash/);
    expect(() => solve({ slots: 1, tables: 2, participants, meetings: [meet('ab', 'A', 'B', false, { slot: 1, table: 0 })] })).toThrow(/pin-out-of-range/);
    expect(() => solve({ slots: 1, tables: 2, participants, meetings: [meet('ax', 'A', 'X')] })).toThrow(/unknown-participant/);
  });

  test('an event without any meeting gives an empty timetable', () => {
    expect(solve({ slots: 3, tables: 2, participants: [person('A', 'DE', [0])], meetings: [] })).toEqual({ placed: [], unplaced: [], optimal: true });
  });
});

/** A small seeded random source (mulberry32) so every run tests the same instances. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n) };
}

function randomEvent(seed: number, size: { participants: number; meetings: number; slots: number; tables: number; pins?: boolean }): ScheduleInput {
  const r = random(seed);
  const participants = all(size.participants).map((i) => {
    const available = all(size.slots).filter(() => r.next() < 0.75);
    return person(`P${i}`, r.next() < 0.5 ? 'DE' : 'CZ', available);
  });
  const meetings: ScheduleMeeting[] = [];
  const pairs = new Set<string>();
  for (let tries = 0; meetings.length < size.meetings && tries < 1000; tries++) {
    const a = r.int(size.participants);
    const b = r.int(size.participants);
    if (a === b || pairs.has(`${Math.min(a, b)}-${Math.max(a, b)}`)) continue;
    pairs.add(`${Math.min(a, b)}-${Math.max(a, b)}`);
    meetings.push(meet(`m${meetings.length}`, `P${a}`, `P${b}`, r.next() < 0.3));
  }
  if (size.pins && meetings.length > 0 && r.next() < 0.5) meetings[0]!.pin = { slot: r.int(size.slots), table: r.int(size.tables) };
  return { slots: size.slots, tables: size.tables, participants, meetings };
}

/** The best (number of meetings, priority points) over every way of giving each meeting a slot or none. */
function exhaustiveBest(input: ScheduleInput): [number, number] {
  const country = new Map(input.participants.map((p) => [p.id, p.country]));
  const available = new Map(input.participants.map((p) => [p.id, new Set(p.available)]));
  const used = new Set<string>();
  const tablesUsed = Array.from({ length: input.slots }, () => 0);
  for (const m of input.meetings.filter((m) => m.pin)) {
    used.add(`${m.a}/${m.pin!.slot}`).add(`${m.b}/${m.pin!.slot}`);
    tablesUsed[m.pin!.slot]!++;
  }
  const free = input.meetings.filter((m) => !m.pin);
  let best: [number, number] = [0, 0];
  const walk = (i: number, count: number, points: number) => {
    if (i === free.length) {
      if (count > best[0] || (count === best[0] && points > best[1])) best = [count, points];
      return;
    }
    const m = free[i]!;
    walk(i + 1, count, points);
    for (let s = 0; s < input.slots; s++) {
      if (!available.get(m.a)!.has(s) || !available.get(m.b)!.has(s)) continue;
      if (used.has(`${m.a}/${s}`) || used.has(`${m.b}/${s}`) || tablesUsed[s]! >= input.tables) continue;
      used.add(`${m.a}/${s}`).add(`${m.b}/${s}`);
      tablesUsed[s]!++;
      walk(i + 1, count + 1, points + priority(m, country.get(m.a) !== country.get(m.b)));
      used.delete(`${m.a}/${s}`);
      used.delete(`${m.b}/${s}`);
      tablesUsed[s]!--;
    }
  };
  walk(0, 0, 0);
  return best;
}

function achieved(input: ScheduleInput, schedule: Schedule): [number, number] {
  const country = new Map(input.participants.map((p) => [p.id, p.country]));
  const meetings = new Map(input.meetings.map((m) => [m.id, m]));
  const free = schedule.placed.filter((p) => !p.pinned).map((p) => meetings.get(p.meeting)!);
  return [free.length, free.reduce((sum, m) => sum + priority(m, country.get(m.a) !== country.get(m.b)), 0)];
}

describe('random small events against exhaustive search', () => {
  test('the timetable is as full as the best possible, and as good in claims', () => {
    let compared = 0;
    for (let seed = 1; seed <= 250; seed++) {
      const r = random(seed * 7919);
      const input = randomEvent(seed, { participants: 3 + r.int(4), meetings: 2 + r.int(6), slots: 1 + r.int(3), tables: 1 + r.int(3), pins: true });
      let schedule: Schedule;
      try {
        schedule = solve(input);
      } catch (error) {
        // A random pin can only clash with nothing: it is the single pin. So nothing may throw here.
        throw new Error(`seed ${seed}: ${String(error)}`);
      }
      expectValid(input, schedule);
      expect(achieved(input, schedule), `seed ${seed}`).toEqual(exhaustiveBest(input));
      compared++;
    }
    expect(compared).toBe(250);
  });

  test('every unplaced meeting carries a reason that the timetable bears out', () => {
    for (let seed = 300; seed < 400; seed++) {
      const input = randomEvent(seed, { participants: 6, meetings: 9, slots: 3, tables: 2 });
      const schedule = solve(input);
      const available = new Map(input.participants.map((p) => [p.id, new Set(p.available)]));
      const meetings = new Map(input.meetings.map((m) => [m.id, m]));
      const busy = new Set(schedule.placed.flatMap((p) => [`${meetings.get(p.meeting)!.a}/${p.slot}`, `${meetings.get(p.meeting)!.b}/${p.slot}`]));
      const tablesUsed = (s: number) => schedule.placed.filter((p) => p.slot === s).length;
      for (const u of schedule.unplaced) {
        const m = meetings.get(u.meeting)!;
        const shared = [...available.get(m.a)!].filter((s) => available.get(m.b)!.has(s));
        if (u.reason === 'no-common-slot') expect(shared).toEqual([]);
        else {
          expect(shared.length).toBeGreaterThan(0);
          for (const s of shared) {
            const bothFree = !busy.has(`${m.a}/${s}`) && !busy.has(`${m.b}/${s}`);
            if (bothFree) expect(tablesUsed(s)).toBe(input.tables);
          }
          if (u.reason === 'participants-busy') for (const who of u.busy) expect(shared.some((s) => busy.has(`${who}/${s}`))).toBe(true);
        }
      }
    }
  });
});

describe('larger events', () => {
  test('no timetable double-books a participant or a table', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const input = randomEvent(seed, { participants: 40, meetings: 120, slots: 6, tables: 8, pins: true });
      expectValid(input, solve(input));
    }
  });

  test('the same event in any order gives the same timetable', () => {
    const input = randomEvent(42, { participants: 30, meetings: 90, slots: 6, tables: 6 });
    const first = solve(input);
    const r = random(5);
    const shuffled: ScheduleInput = {
      ...input,
      participants: [...input.participants].sort(() => r.next() - 0.5),
      meetings: [...input.meetings].reverse(),
    };
    expect(solve(shuffled)).toEqual(first);
    expect(solve(input)).toEqual(first);
  });

  test('the worker thread gives the same timetable as solving here', async () => {
    const input = randomEvent(7, { participants: 30, meetings: 80, slots: 6, tables: 5, pins: true });
    expect(await scheduleInWorker(input)).toEqual(solve(input));
  });

  test('the worker passes on refused pins as the same error', async () => {
    const input: ScheduleInput = {
      slots: 1,
      tables: 1,
      participants: [person('A', 'DE', [0]), person('B', 'CZ', [0]), person('C', 'CZ', [0])],
      meetings: [meet('ab', 'A', 'B', false, { slot: 0, table: 0 }), meet('ac', 'A', 'C', false, { slot: 0, table: 0 })],
    };
    await expect(scheduleInWorker(input)).rejects.toBeInstanceOf(ScheduleInputError);
  });
});
