// The timetable of a cooperation event: accepted meetings placed in (slot, table) so that no participant
// and no table is in two meetings at once, within both sides' availability. Solved exactly as an
// integer programme by HiGHS (one binary per meeting and slot both sides are free; tables are
// interchangeable, so a slot only needs "no more meetings than free tables"). The objective puts the
// number of placed meetings first, so every accepted meeting is placed whenever some timetable can hold
// them all; among timetables with as many meetings, mutual requests count most, then cross-border ones.
// Staff pins are fixed first and the rest is solved around them.
// The same input gives the same timetable: meetings are ordered by id before the model is written, so
// the solver sees the same text whatever order the input came in.
import type { LegacyHighs } from 'highs';

export interface ScheduleParticipant {
  id: string;
  country: string;
  /** Slot indices (0-based) in which the participant can meet. */
  available: number[];
}

export interface ScheduleMeeting {
  id: string;
  a: string;
  b: string;
  /** Both sides asked for this meeting. */
  mutual: boolean;
  /** Fixed by staff: kept where it is, even outside availability. */
  pin?: { slot: number; table: number };
}

export interface ScheduleInput {
  slots: number;
  tables: number;
  participants: ScheduleParticipant[];
  meetings: ScheduleMeeting[];
}

export interface PlacedMeeting {
  meeting: string;
  slot: number;
  table: number;
  pinned: boolean;
}

/**
 * Why a meeting has no place: the two sides share no free slot at all; or in every slot both are free
 * in, one of them (named in `busy`) meets someone with a better claim, or no table is left.
 */
export type UnplacedReason = 'no-common-slot' | 'participants-busy' | 'no-table';

export interface UnplacedMeeting {
  meeting: string;
  reason: UnplacedReason;
  /** For 'participants-busy': the participants whose shared slots are all taken. */
  busy: string[];
}

export interface Schedule {
  placed: PlacedMeeting[];
  unplaced: UnplacedMeeting[];
  /** True when the solver proved this the best timetable (false only if it ran out of time). */
  optimal: boolean;
}

export class ScheduleInputError extends Error {
  constructor(
    readonly reason: 'unknown-participant' | 'pin-out-of-range' | 'pin-clash' | 'duplicate-meeting' | 'self-meeting',
    readonly meeting: string,
  ) {
    super(`Meeting '${meeting}': ${reason}`);
  }
}

/** Points on top of the weight every placed meeting has; they only decide between equally full timetables. */
export const priority = (meeting: ScheduleMeeting, crossBorder: boolean) => (meeting.mutual ? 2 : 0) + (crossBorder ? 1 : 0);
const maxPriority = 3;

interface Prepared {
  input: ScheduleInput;
  meetings: ScheduleMeeting[];
  country: Map<string, string>;
  available: Map<string, Set<number>>;
  pinned: PlacedMeeting[];
  free: ScheduleMeeting[];
  /** "participant/slot" and "slot/table" taken by pins. */
  busy: Set<string>;
  tablesLeft: number[];
}

const byId = (x: { id: string }, y: { id: string }) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);

function prepare(input: ScheduleInput): Prepared {
  const country = new Map(input.participants.map((p) => [p.id, p.country]));
  const available = new Map(input.participants.map((p) => [p.id, new Set(p.available.filter((s) => s >= 0 && s < input.slots))]));
  const meetings = [...input.meetings].sort(byId);
  const seen = new Set<string>();
  for (const m of meetings) {
    if (seen.has(m.id)) throw new ScheduleInputError('duplicate-meeting', m.id);
    seen.add(m.id);
    if (!country.has(m.a) || !country.has(m.b)) throw new ScheduleInputError('unknown-participant', m.id);
    if (m.a === m.b) throw new ScheduleInputError('self-meeting', m.id);
  }
  const busy = new Set<string>();
  const tablesLeft = Array.from({ length: input.slots }, () => input.tables);
  const pinned: PlacedMeeting[] = [];
  for (const m of meetings) {
    if (!m.pin) continue;
    const { slot, table } = m.pin;
    if (!(Number.isInteger(slot) && slot >= 0 && slot < input.slots && Number.isInteger(table) && table >= 0 && table < input.tables)) {
      throw new ScheduleInputError('pin-out-of-range', m.id);
    }
    for (const key of [`${m.a}/${slot}`, `${m.b}/${slot}`, `${slot}#${table}`]) {
      if (busy.has(key)) throw new ScheduleInputError('pin-clash', m.id);
      busy.add(key);
    }
    tablesLeft[slot]!--;
    pinned.push({ meeting: m.id, slot, table, pinned: true });
  }
  const free = meetings.filter((m) => !m.pin);
  return { input, meetings, country, available, pinned, free, busy, tablesLeft };
}

/** Slots in which both sides are available, not pinned elsewhere, and a table is left. */
function openSlots(p: Prepared, m: ScheduleMeeting): number[] {
  const slots: number[] = [];
  for (const s of p.available.get(m.a)!) {
    if (p.available.get(m.b)!.has(s) && !p.busy.has(`${m.a}/${s}`) && !p.busy.has(`${m.b}/${s}`) && p.tablesLeft[s]! > 0) slots.push(s);
  }
  return slots.sort((x, y) => x - y);
}

export interface ScheduleModel {
  /** The integer programme in CPLEX LP format, for HiGHS. */
  lp: string;
  /** Column name -> [index into the free meetings, slot]. */
  columns: Map<string, [number, number]>;
}

/** Writes the integer programme for the meetings that are not pinned. */
export function buildModel(input: ScheduleInput): ScheduleModel {
  const p = prepare(input);
  const columns = new Map<string, [number, number]>();
  const objective: string[] = [];
  const perMeeting: string[] = [];
  const perParticipantSlot = new Map<string, string[]>();
  const perSlot = new Map<number, string[]>();
  // Each placed meeting outweighs all priority points together, so more meetings always win.
  const base = maxPriority * p.free.length + 1;
  p.free.forEach((m, i) => {
    const weight = base + priority(m, p.country.get(m.a) !== p.country.get(m.b));
    const names: string[] = [];
    for (const s of openSlots(p, m)) {
      const name = `x${i}_${s}`;
      columns.set(name, [i, s]);
      names.push(name);
      objective.push(`${weight} ${name}`);
      for (const who of [m.a, m.b]) {
        const key = `${who}/${s}`;
        perParticipantSlot.set(key, [...(perParticipantSlot.get(key) ?? []), name]);
      }
      perSlot.set(s, [...(perSlot.get(s) ?? []), name]);
    }
    if (names.length > 1) perMeeting.push(`${names.join(' + ')} <= 1`);
  });
  const rows: string[] = [...perMeeting];
  for (const names of perParticipantSlot.values()) if (names.length > 1) rows.push(`${names.join(' + ')} <= 1`);
  for (const [s, names] of [...perSlot].sort(([x], [y]) => x - y)) {
    if (names.length > p.tablesLeft[s]!) rows.push(`${names.join(' + ')} <= ${p.tablesLeft[s]}`);
  }
  if (columns.size === 0) return { lp: '', columns };
  const names = [...columns.keys()];
  const lp = [
    'Maximize',
    ` obj: ${objective.join(' + ')}`,
    'Subject To',
    ...(rows.length ? rows : [`${names[0]} <= 1`]).map((row, i) => ` c${i}: ${row}`),
    'Binaries',
    ...chunk(names, 20).map((line) => ` ${line.join(' ')}`),
    'End',
  ].join('\n');
  return { lp, columns };
}

function chunk<T>(list: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/** What the solver gave back: the columns set to 1 and whether it proved optimality. */
export interface SolverAnswer {
  chosen: string[];
  optimal: boolean;
}

/** Runs HiGHS on the model text; used in-process for small events and inside the worker for large ones. */
export function runSolver(highs: LegacyHighs, lp: string, timeLimitSeconds = 60): SolverAnswer {
  const result = highs.solve(lp, { output_flag: false, time_limit: timeLimitSeconds, mip_rel_gap: 0, random_seed: 0 });
  if (result.Status !== 'Optimal' && result.Status !== 'Time limit reached') {
    throw new Error(`The schedule solver ended with status '${result.Status}'`);
  }
  const chosen = Object.entries(result.Columns)
    .filter(([, column]) => 'Primal' in column && column.Primal > 0.5)
    .map(([name]) => name);
  return { chosen, optimal: result.Status === 'Optimal' };
}

/** Turns the solver's answer into the timetable: tables, a repair pass, and the reasons for what is left. */
export function readSchedule(input: ScheduleInput, model: ScheduleModel, answer: SolverAnswer): Schedule {
  const p = prepare(input);
  const slotOf = new Map<number, number>();
  for (const name of answer.chosen) {
    const [i, s] = model.columns.get(name) ?? [];
    if (i === undefined || s === undefined) continue;
    const m = p.free[i]!;
    // Trust nothing the checks below would reject, so a bad answer can never double-book.
    if (slotOf.has(i) || p.busy.has(`${m.a}/${s}`) || p.busy.has(`${m.b}/${s}`) || p.tablesLeft[s]! <= 0) continue;
    slotOf.set(i, s);
    p.busy.add(`${m.a}/${s}`).add(`${m.b}/${s}`);
    p.tablesLeft[s]!--;
  }
  // Only reached when the solver stopped early: whatever still fits goes in, best claims first.
  const rest = p.free
    .map((m, i) => ({ m, i }))
    .filter(({ i }) => !slotOf.has(i))
    .sort((x, y) => priority(y.m, crosses(p, y.m)) - priority(x.m, crosses(p, x.m)) || x.i - y.i);
  for (const { m, i } of rest) {
    const s = openSlots(p, m)[0];
    if (s === undefined) continue;
    slotOf.set(i, s);
    p.busy.add(`${m.a}/${s}`).add(`${m.b}/${s}`);
    p.tablesLeft[s]!--;
  }

  const placed = [...p.pinned];
  const usedTables = new Set(p.pinned.map((x) => `${x.slot}#${x.table}`));
  p.free.forEach((m, i) => {
    const s = slotOf.get(i);
    if (s === undefined) return;
    let table = 0;
    while (usedTables.has(`${s}#${table}`)) table++;
    usedTables.add(`${s}#${table}`);
    placed.push({ meeting: m.id, slot: s, table, pinned: false });
  });
  placed.sort((x, y) => x.slot - y.slot || x.table - y.table);

  const unplaced = p.free.filter((_, i) => !slotOf.has(i)).map((m) => explain(p, m));
  return { placed, unplaced, optimal: answer.optimal };
}

const crosses = (p: Prepared, m: ScheduleMeeting) => p.country.get(m.a) !== p.country.get(m.b);

function explain(p: Prepared, m: ScheduleMeeting): UnplacedMeeting {
  const shared = [...p.available.get(m.a)!].filter((s) => p.available.get(m.b)!.has(s));
  if (shared.length === 0) return { meeting: m.id, reason: 'no-common-slot', busy: [] };
  const bothFree = shared.some((s) => !p.busy.has(`${m.a}/${s}`) && !p.busy.has(`${m.b}/${s}`));
  if (bothFree) return { meeting: m.id, reason: 'no-table', busy: [] };
  const busy = [m.a, m.b].filter((who) => shared.some((s) => p.busy.has(`${who}/${s}`))).sort();
  return { meeting: m.id, reason: 'participants-busy', busy };
}

/** The whole computation in this thread; the server uses the worker (schedule-worker.ts) for large events. */
export function solveSchedule(highs: LegacyHighs, input: ScheduleInput, timeLimitSeconds?: number): Schedule {
  const model = buildModel(input);
  const answer = model.columns.size === 0 ? { chosen: [], optimal: true } : runSolver(highs, model.lp, timeLimitSeconds);
  return readSchedule(input, model, answer);
}
