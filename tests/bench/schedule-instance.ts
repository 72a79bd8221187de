// A generated cooperation event for the schedule benchmark: participants on both sides of the border,
// random meeting requests between them (a fifth of them mutual), most participants free all day and
// some only in the morning or the afternoon. The same seed gives the same event.
import type { ScheduleInput } from '../../server/src/events/schedule';
import { Random } from '../../seed/src/generate/random';

export function generateEvent(options: { participants: number; requests: number; slots: number; tables: number; seed?: number }): ScheduleInput {
  const random = new Random(options.seed ?? 1).fork('schedule');
  const all = Array.from({ length: options.slots }, (_, s) => s);
  const half = Math.floor(options.slots / 2);
  const participants = Array.from({ length: options.participants }, (_, i) => {
    const roll = random.next();
    const available = roll < 0.7 ? all : roll < 0.85 ? all.slice(0, half) : all.slice(half);
    return { id: `P${String(i).padStart(4, '0')}`, country: i % 2 === 0 ? 'DE' : 'CZ', available };
  });
  const pairs = new Set<string>();
  const meetings = [];
  while (meetings.length < options.requests) {
    const a = random.int(options.participants);
    const b = random.int(options.participants);
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (a === b || pairs.has(key)) continue;
    pairs.add(key);
    meetings.push({ id: `M${String(meetings.length).padStart(5, '0')}`, a: participants[a]!.id, b: participants[b]!.id, mutual: random.next() < 0.2 });
  }
  return { slots: options.slots, tables: options.tables, participants, meetings };
}
