// Cooperation events: calendar, registrations, meeting requests, the timetable, suggestions from
// the graph and what came of the meetings. Every write runs in one transaction.
import fp from 'fastify-plugin';
import loadHighs from 'highs';
import { ApiError, badRequest, notFound } from '../../errors';
import { readQuery, writeQuery } from '../../graph/queries';
import type { QueryRunner, TransactionRunner } from '../../graph/runner';
import { ScheduleInputError, solveSchedule, type Schedule, type ScheduleInput } from '../../events/schedule';
import { scheduleInWorker } from '../../events/schedule-worker';
import { slotCount, slotStart } from '../../events/slots';
import { rank, reasonText, type SuggestionRow } from '../../events/suggestions';
import type { ActorRef } from '../../schemas/analytics';
import type { Language } from '../../schemas/common';
import type {
  EventSummary,
  Meeting,
  MeetingChange,
  MeetingRequestBody,
  OutcomeBody,
  Participant,
  ParticipantsQuery,
  RegistrationBody,
  Suggestion,
} from '../../schemas/events';
import { loadChecked, loadRefs, roundKm } from './analytics-support';
import { registrationColumns } from '../../exports/columns';
import { serverTexts } from '../../i18n/index';
import { checkRow } from '../../imports/check-cells';
import { reasonMessage } from '../../imports/messages';
import { readRows } from '../../imports/read-rows';
import { recordAudit, type AuditInput } from '../../audit/audit';
import { addSupplyEnds } from './entities-repository';
import { personFilter } from '../../auth/people';
import { hasRole, type AuthUser } from '../../auth/roles';
import { draftsVisibleTo, type DraftRule } from '../../auth/drafts';

/** Writes, meetings and agendas are for the firms' own members and staff (their routes' access rules): they see drafts. */
const staffView: DraftRule = null;

interface EventRow {
  event: Omit<EventSummary, 'organisers' | 'registered' | 'slots' | 'languages'> & { languages: string[] | null };
  organisers: string[];
  registered: number;
}

interface ParticipantRow {
  registration: string;
  firm: string;
  sectors: string[];
  offers: string[];
  seeks: string[];
  requests: { id: string; type: string; product: string | null; textDe: string | null; textCs: string | null; textEn: string | null }[];
  available: number[];
  persons: { id: string; name: string; function: string | null; languages: string[] }[];
}

interface MeetingRow {
  id: string;
  from: string;
  to: string;
  fromCountry: string | null;
  toCountry: string | null;
  status: Meeting['status'];
  mutual: boolean;
  note: string | null;
  noteBack: string | null;
  addedByStaff: boolean;
  slot: number | null;
  table: number | null;
  pinned: boolean;
  unplacedReason: string | null;
  unplacedBusy: string[];
  held: boolean | null;
  outcome: string | null;
  outcomeProduct: string | null;
  outcomeSupplier: string | null;
}

export interface AgendaRow {
  meeting: string;
  slot: number;
  table: number;
  other: string;
  note: string | null;
}

interface ReportRow {
  participants: { country: string; size: string; firms: number }[];
  requested: number;
  accepted: number;
  held: number;
  heldCrossBorder: number;
  outcomes: { outcome: string; meetings: number }[];
  links: number;
  linksConfirmed: number;
}

const listCalendar = readQuery<EventRow>('events/list-calendar');
const getEvent = readQuery<EventRow>('events/get-event');
const checkFirmProducts = readQuery<{ offered: string[]; needed: string[] }>('events/check-firm-products');
const saveRegistration = writeQuery<{ id: string; created: boolean }>('events/save-registration');
const listParticipants = readQuery<ParticipantRow>('events/list-participants');
const checkRegistered = readQuery<{ firm: string }>('events/check-registered');
const createMeeting = writeQuery<{ id: string; status: string; mutual: boolean; created: boolean }>('events/create-meeting');
const getMeeting = readQuery<{ id: string; from: string; to: string; status: string; slot: number | null; table: number | null; pinned: boolean }>('events/get-meeting');
const answerMeeting = writeQuery<{ id: string; status: string }>('events/answer-meeting');
const pinMeeting = writeQuery<{ id: string }>('events/pin-meeting');
const listMeetings = readQuery<MeetingRow>('events/list-meetings');
const getScheduleInput = readQuery<{
  participants: { id: string; country: string; available: number[] }[];
  meetings: { id: string; a: string; b: string; mutual: boolean; pinSlot: number | null; pinTable: number | null }[];
}>('events/get-schedule-input');
const saveSchedule = writeQuery<{ placed: number; unplaced: number }>('events/save-schedule');
const recordOutcome = writeQuery<{ id: string; linkType: string | null; linkFrom: string | null; linkTo: string | null; linkCreated: boolean | null }>(
  'events/record-outcome',
);
const findSuggestions = readQuery<SuggestionRow>('events/find-suggestions');
const getAgenda = readQuery<AgendaRow>('events/get-agenda');
const eventReport = readQuery<ReportRow>('events/event-report');

/** Meetings times slots above which the solver runs in a worker thread instead of here. */
const inThreadLimit = 2000;

let highs: ReturnType<typeof loadHighs> | undefined;

/** Who acts: the user id for provenance and audit. */
export interface Actor {
  userId: string | null;
  /** When the change happens (ISO); now unless the demo data replays a past event. */
  now?: string;
}

const nowOf = (actor: Actor) => actor.now ?? new Date().toISOString();

/** Every event write leaves an audit entry in its transaction: source 'event', the event as its reference. */
function audit(tx: TransactionRunner, eventId: string, actor: Actor, entry: Omit<AuditInput, 'actorId' | 'source' | 'sourceRef'>) {
  return recordAudit(tx, { ...entry, actorId: actor.userId, source: 'event', sourceRef: eventId }, new Date(nowOf(actor)));
}

export type EventDetails = EventSummary;

export interface RegistrationImport {
  rows: number;
  created: number;
  changed: number;
  rejected: { line: number; sheet: string | null; problems: { column: string; reason: string; message: string }[] }[];
}

export class EventsRepository {
  constructor(private readonly runner: QueryRunner) {}

  private async summaries(tx: TransactionRunner, rows: EventRow[]): Promise<EventSummary[]> {
    const refs = await loadRefs(tx, rows.flatMap((row) => row.organisers), staffView);
    return rows.map(({ event, organisers, registered }) => ({
      ...event,
      languages: event.languages ?? [],
      slots: slotCount(event),
      scheduledAt: event.scheduledAt ?? null,
      organisers: organisers.map((id) => refs.actor(id)),
      registered,
    }));
  }

  calendar(query: { from?: string; to?: string; type?: string }): Promise<EventSummary[]> {
    return this.runner.read(async (tx) =>
      this.summaries(tx, await tx.run(listCalendar, { from: query.from ?? null, to: query.to ?? null, type: query.type ?? null })),
    );
  }

  event(id: string): Promise<EventSummary> {
    return this.runner.read(async (tx) => this.requireEvent(tx, id));
  }

  private async requireEvent(tx: TransactionRunner, id: string, field = '/params/id'): Promise<EventSummary> {
    const rows = await tx.run(getEvent, { event: id });
    if (rows.length === 0) throw notFound('event', id, field);
    return (await this.summaries(tx, rows))[0]!;
  }

  register(eventId: string, body: RegistrationBody, actor: Actor): Promise<{ id: string; created: boolean }> {
    return this.runner.write(async (tx) => this.registerIn(tx, await this.requireEvent(tx, eventId), body, actor));
  }

  /**
   * Registrations from a spreadsheet (staff): each row checked as the API checks one registration;
   * the accepted rows in one transaction, each rejected row with its line, column and reason.
   */
  importRegistrations(eventId: string, buffer: Buffer, lang: Language, actor: Actor): Promise<RegistrationImport> {
    return this.runner.write(async (tx) => {
      const event = await this.requireEvent(tx, eventId);
      const result: RegistrationImport = { rows: 0, created: 0, changed: 0, rejected: [] };
      for await (const raw of readRows(buffer, ['registrations'] as const)) {
        result.rows++;
        const { values, problems } = checkRow(registrationColumns, raw.cells);
        const slots = ((values.available as string[] | undefined) ?? []).map(Number);
        if (slots.some((slot) => !Number.isInteger(slot) || slot < 0)) problems.push({ column: 'available', reason: 'WRONG_TYPE', detail: String(values.available) });
        const reject = (column: string, reason: string, message: string) => result.rejected.push({ line: raw.line, sheet: raw.sheet, problems: [{ column, reason, message }] });
        if (problems.length > 0) {
          result.rejected.push({
            line: raw.line,
            sheet: raw.sheet,
            problems: problems.map((p) => ({ column: p.column, reason: p.reason, message: reasonMessage(lang, p.reason, p.detail) })),
          });
          continue;
        }
        const list = (key: string) => [...new Set((values[key] as string[] | undefined) ?? [])];
        const body: RegistrationBody = {
          firm: values.firm as string,
          persons: list('persons'),
          offers: list('offers'),
          seeks: list('seeks'),
          requests: [],
          ...(slots.length > 0 ? { available: [...new Set(slots)] } : {}),
        };
        try {
          const saved = await this.registerIn(tx, event, body, actor);
          if (saved.created) result.created++;
          else result.changed++;
        } catch (error) {
          if (!(error instanceof ApiError)) throw error;
          // The API's field (/body/offers/1) names the column.
          reject(error.field?.split('/')[2] ?? 'firm', error.code, error.text(serverTexts[lang], lang));
        }
      }
      return result;
    });
  }

  private async registerIn(tx: TransactionRunner, event: EventSummary, body: RegistrationBody, actor: Actor): Promise<{ id: string; created: boolean }> {
    const eventId = event.id;
    await loadChecked(tx, [{ id: body.firm, kind: 'firm', field: '/body/firm' }], staffView);
    const slots = slotCount(event);
    const available = body.available ?? Array.from({ length: slots }, (_, i) => i);
    const outside = available.findIndex((slot) => slot >= slots);
    if (outside >= 0) throw badRequest('OUT_OF_RANGE', (t) => t.events.slotOutOfRange({ last: slots - 1 }), `/body/available/${outside}`);
    const [check] = await tx.run(checkFirmProducts, { firm: body.firm, offers: body.offers, seeks: body.seeks });
    const notOffered = body.offers.findIndex((p) => !check?.offered.includes(p));
    if (notOffered >= 0) throw badRequest('UNKNOWN_REFERENCE', (t) => t.events.notOffered({ firm: body.firm, product: body.offers[notOffered]! }), `/body/offers/${notOffered}`);
    const notNeeded = body.seeks.findIndex((p) => !check?.needed.includes(p));
    if (notNeeded >= 0) throw badRequest('NOT_NEEDED', (t) => t.errors.notNeeded({ firm: body.firm, product: body.seeks[notNeeded]! }), `/body/seeks/${notNeeded}`);
    const empty = body.requests.findIndex((r) => !r.textDe && !r.textCs && !r.textEn);
    if (empty >= 0) throw badRequest('VALIDATION', (t) => t.events.requestNeedsText, `/body/requests/${empty}/textDe`);
    const requestProducts = body.requests.flatMap((r, i) => (r.product ? [{ id: r.product, kind: 'product' as const, field: `/body/requests/${i}/product` }] : []));
    await loadChecked(tx, requestProducts, staffView);
    const [saved] = await tx.run(saveRegistration, {
      event: eventId,
      firm: body.firm,
      persons: body.persons,
      offers: body.offers,
      seeks: body.seeks,
      requests: body.requests.map((r, i) => ({
        id: `${eventId}/${body.firm}/${i}`,
        type: r.type,
        product: r.product ?? null,
        textDe: r.textDe ?? null,
        textCs: r.textCs ?? null,
        textEn: r.textEn ?? null,
      })),
      available: [...available].sort((a, b) => a - b),
      user: actor.userId,
      now: nowOf(actor),
    });
    await audit(tx, eventId, actor, {
      action: saved!.created ? 'create' : 'update',
      nodeId: saved!.id,
      nodeKind: 'registration',
      changes: [{ property: 'registration', before: null, after: { persons: body.persons, offers: body.offers, seeks: body.seeks, requests: body.requests, available } }],
      links: saved!.created ? [{ change: 'added', type: 'ATTENDS', from: body.firm, to: eventId, properties: { source: 'event', sourceRef: eventId } }] : [],
    });
    return saved!;
  }

  /** Drafts only for staff; the persons attending as the consent rule lets `viewer` see them. */
  participants(eventId: string, query: ParticipantsQuery, viewer: AuthUser | null): Promise<Participant[]> {
    const drafts = draftsVisibleTo(viewer);
    return this.runner.read(async (tx) => {
      await this.requireEvent(tx, eventId);
      const rows = await tx.run(listParticipants, {
        event: eventId,
        country: query.country ?? null,
        sector: query.sector ?? null,
        product: query.product ?? null,
        viewer: query.viewer ?? null,
        crossBorder: query.crossBorder ?? false,
        drafts,
        ...personFilter(viewer),
      });
      const refs = await loadRefs(tx, rows.flatMap((r) => [r.firm, ...r.sectors, ...r.offers, ...r.seeks, ...r.requests.flatMap((q) => (q.product ? [q.product] : []))]), drafts);
      return rows.map((row) => ({
        registration: row.registration,
        firm: refs.actor(row.firm),
        sectors: row.sectors.map((id) => {
          const { name, nameDe, nameCs, nameEn } = refs.product(id);
          return { id, name, nameDe, nameCs, nameEn };
        }),
        offers: row.offers.map((id) => refs.product(id)),
        seeks: row.seeks.map((id) => refs.product(id)),
        requests: row.requests.map((r) => ({ ...r, product: r.product ? refs.product(r.product) : null })),
        available: row.available,
        persons: row.persons.map((p) => ({ ...p, function: p.function ?? null })),
      }));
    });
  }

  requestMeeting(eventId: string, body: MeetingRequestBody, actor: Actor): Promise<Meeting> {
    return this.runner.write(async (tx) => {
      const event = await this.requireEvent(tx, eventId);
      if (body.from === body.to) throw badRequest('VALIDATION', (t) => t.errors.sameFirm, '/body/to');
      const registered = new Set((await tx.run(checkRegistered, { event: eventId, firms: [body.from, body.to] })).map((r) => r.firm));
      for (const field of ['from', 'to'] as const) {
        if (!registered.has(body[field])) throw new ApiError(404, 'NOT_FOUND', (t) => t.events.notRegistered({ firm: body[field] }), `/body/${field}`);
      }
      const [row] = await tx.run(createMeeting, {
        event: eventId,
        id: meetingId(eventId, body.from, body.to),
        from: body.from,
        to: body.to,
        note: body.note ?? null,
        accepted: body.accepted ?? false,
        user: actor.userId,
        now: nowOf(actor),
      });
      await audit(tx, eventId, actor, {
        action: row!.created ? 'create' : 'update',
        nodeId: row!.id,
        nodeKind: 'meeting',
        changes: [{ property: 'status', before: null, after: row!.status }, ...(body.note ? [{ property: 'note', before: null, after: body.note }] : [])],
      });
      return this.meetingIn(tx, event, row!.id);
    });
  }

  /** The firms on both sides of a meeting, for the access rules; null when it does not exist. */
  meetingSides(eventId: string, meetingId: string): Promise<{ from: string; to: string } | null> {
    return this.runner.read(async (tx) => {
      const [row] = await tx.run(getMeeting, { event: eventId, meeting: meetingId });
      return row ? { from: row.from, to: row.to } : null;
    });
  }

  /** Who may answer (the firm asked) and who may pin (staff) is the route's access rule. */
  changeMeeting(eventId: string, meetingId: string, change: MeetingChange, actor: Actor): Promise<Meeting> {
    return this.runner.write(async (tx) => {
      const event = await this.requireEvent(tx, eventId);
      const [meeting] = await tx.run(getMeeting, { event: eventId, meeting: meetingId });
      if (!meeting) throw notFound('meeting', meetingId, '/params/meeting');
      const now = nowOf(actor);
      if (change.status) {
        await tx.run(answerMeeting, { meeting: meetingId, status: change.status, now });
      }
      if (change.pin !== undefined) {
        if (change.pin) {
          if (change.pin.slot >= event.slots) throw badRequest('OUT_OF_RANGE', (t) => t.events.slotOutOfRange({ last: event.slots - 1 }), '/body/pin/slot');
          if (change.pin.table >= (event.tables ?? 0)) throw badRequest('OUT_OF_RANGE', (t) => t.events.tableOutOfRange({ last: (event.tables ?? 0) - 1 }), '/body/pin/table');
          if ((change.status ?? meeting.status) !== 'accepted') throw badRequest('VALIDATION', (t) => t.events.onlyAcceptedPlaced, '/body/pin');
        }
        await tx.run(pinMeeting, { meeting: meetingId, slot: change.pin?.slot ?? null, table: change.pin?.table ?? null, now });
      }
      await audit(tx, eventId, actor, {
        action: 'update',
        nodeId: meetingId,
        nodeKind: 'meeting',
        changes: [
          ...(change.status ? [{ property: 'status', before: meeting.status, after: change.status }] : []),
          ...(change.pin !== undefined ? [{ property: 'pin', before: meeting.pinned ? { slot: meeting.slot, table: meeting.table } : null, after: change.pin }] : []),
        ],
      });
      return this.meetingIn(tx, event, meetingId);
    });
  }

  meetings(eventId: string, firm: string | null): Promise<Meeting[]> {
    return this.runner.read(async (tx) => {
      const event = await this.requireEvent(tx, eventId);
      return this.describeMeetings(tx, event, await tx.run(listMeetings, { event: eventId, firm, meeting: null }));
    });
  }

  private async meetingIn(tx: TransactionRunner, event: EventSummary, meetingId: string): Promise<Meeting> {
    const rows = await tx.run(listMeetings, { event: event.id, firm: null, meeting: meetingId });
    return (await this.describeMeetings(tx, event, rows))[0]!;
  }

  private async describeMeetings(tx: TransactionRunner, event: EventSummary, rows: MeetingRow[]): Promise<Meeting[]> {
    const refs = await loadRefs(tx, rows.flatMap((r) => [r.from, r.to, ...(r.outcomeProduct ? [r.outcomeProduct] : [])]), staffView);
    return rows.map((row) => ({
      id: row.id,
      from: refs.actor(row.from),
      to: refs.actor(row.to),
      crossBorder: row.fromCountry !== null && row.toCountry !== null && row.fromCountry !== row.toCountry,
      status: row.status,
      mutual: row.mutual,
      note: row.note,
      noteBack: row.noteBack,
      addedByStaff: row.addedByStaff,
      slot: row.slot,
      table: row.table,
      startsAt: row.slot === null ? null : slotStart(event, row.slot),
      pinned: row.pinned,
      unplacedReason: row.unplacedReason,
      unplacedBusy: row.unplacedBusy,
      held: row.held,
      outcome: row.outcome,
      outcomeProduct: row.outcomeProduct ? refs.product(row.outcomeProduct) : null,
      outcomeSupplier: row.outcomeSupplier,
    }));
  }

  /** Builds the timetable from the accepted meetings around the pinned ones, and stores it. */
  async buildSchedule(eventId: string, now = new Date().toISOString()): Promise<{ schedule: Schedule; meetings: Meeting[] }> {
    const { event, input } = await this.runner.read(async (tx) => {
      const event = await this.requireEvent(tx, eventId);
      const [row] = await tx.run(getScheduleInput, { event: eventId });
      const input: ScheduleInput = {
        slots: event.slots,
        tables: event.tables ?? 0,
        participants: row!.participants,
        meetings: row!.meetings.map((m) => ({
          id: m.id,
          a: m.a,
          b: m.b,
          mutual: m.mutual,
          ...(m.pinSlot !== null && m.pinTable !== null ? { pin: { slot: m.pinSlot, table: m.pinTable } } : {}),
        })),
      };
      return { event, input };
    });
    if (input.slots === 0 || input.tables === 0) {
      throw badRequest('VALIDATION', (t) => t.events.needsTimes, '/params/id');
    }
    let schedule: Schedule;
    try {
      schedule =
        input.meetings.length * input.slots > inThreadLimit
          ? await scheduleInWorker(input)
          : solveSchedule(await (highs ??= loadHighs()), input);
    } catch (error) {
      if (error instanceof ScheduleInputError) {
        throw new ApiError(409, 'DUPLICATE', (t) => t.events.pinClash({ meeting: error.meeting }), '/params/id');
      }
      throw error;
    }
    await this.runner.write((tx) =>
      tx.run(saveSchedule, { event: eventId, placed: schedule.placed, unplaced: schedule.unplaced, now }),
    );
    return { schedule, meetings: await this.meetings(eventId, null) };
  }

  recordOutcome(eventId: string, meetingId: string, body: OutcomeBody, actor: Actor) {
    return this.runner.write(async (tx) => {
      await this.requireEvent(tx, eventId);
      const [meeting] = await tx.run(getMeeting, { event: eventId, meeting: meetingId });
      if (!meeting) throw notFound('meeting', meetingId, '/params/meeting');
      if (meeting.status !== 'accepted') throw badRequest('VALIDATION', (t) => t.events.onlyAcceptedOutcome, '/params/meeting');
      if (!body.held && body.outcome !== 'none') throw badRequest('VALIDATION', (t) => t.events.notHeldNoOutcome, '/body/outcome');
      if (body.outcome === 'supplier') {
        if (!body.product) throw badRequest('VALIDATION', (t) => t.events.supplierNeedsProduct, '/body/product');
        if (!body.supplier || ![meeting.from, meeting.to].includes(body.supplier)) {
          throw badRequest('VALIDATION', (t) => t.events.supplierIsSide, '/body/supplier');
        }
        await loadChecked(tx, [{ id: body.product, kind: 'product', field: '/body/product' }], staffView);
      } else if (body.product || body.supplier) {
        throw badRequest('VALIDATION', (t) => t.events.productOnlyForSupplier, body.product ? '/body/product' : '/body/supplier');
      }
      const [row] = await tx.run(recordOutcome, {
        event: eventId,
        meeting: meetingId,
        held: body.held,
        outcome: body.outcome,
        product: body.product ?? null,
        supplier: body.supplier ?? null,
        user: actor.userId,
        now: nowOf(actor),
      });
      const link = row?.linkType && row.linkCreated ? { type: row.linkType, from: row.linkFrom!, to: row.linkTo! } : null;
      const provenance = { source: 'event', sourceRef: eventId, enteredBy: actor.userId, enteredAt: nowOf(actor), standing: 'claimed' };
      // A supplier relationship says what the two firms offer and need, as every SUPPLIES write does.
      const ends =
        body.outcome === 'supplier' && row?.linkFrom && row.linkTo
          ? await addSupplyEnds(tx, { supplier: row.linkFrom, customer: row.linkTo, product: body.product! }, provenance)
          : [];
      await audit(tx, eventId, actor, {
        action: 'update',
        nodeId: meetingId,
        nodeKind: 'meeting',
        changes: [
          { property: 'held', before: null, after: body.held },
          { property: 'outcome', before: null, after: body.outcome },
        ],
        links: [...(link ? [{ change: 'added' as const, ...link, properties: { ...(body.product ? { product: body.product } : {}), ...provenance } }] : []), ...ends],
      });
      return {
        id: meetingId,
        link: row?.linkType ? { type: row.linkType, from: row.linkFrom!, to: row.linkTo!, created: row.linkCreated ?? false } : null,
      };
    });
  }

  suggestions(eventId: string, firm: string, lang: Language, limit: number, viewer: AuthUser | null): Promise<{ firm: ActorRef; items: Suggestion[] }> {
    const drafts = draftsVisibleTo(viewer);
    return this.runner.read(async (tx) => {
      await this.requireEvent(tx, eventId);
      await loadChecked(tx, [{ id: firm, kind: 'firm', field: '/query/firm' }], drafts);
      const ranked = rank(await tx.run(findSuggestions, { event: eventId, firm, drafts })).slice(0, limit);
      const refs = await loadRefs(tx, [
        firm,
        ...ranked.flatMap(({ row, reasons }) => [row.id, ...reasons.flatMap((r) => [r.product, r.via].filter((x): x is string => x !== null))]),
      ], drafts);
      const districts = await loadRefs(tx, ranked.map(({ row }) => refs.actor(row.id).district).filter((d): d is string => d !== null), drafts);
      return {
        firm: refs.actor(firm),
        items: ranked.map(({ row, score, reasons }) => {
          const partner = refs.actor(row.id);
          const district = partner.district ? districts.actor(partner.district) : null;
          const distanceKm = roundKm(row.distanceKm);
          return {
            partner,
            score,
            crossBorder: row.crossBorder,
            distanceKm,
            reasons: reasons.map((r) => {
              const product = r.product ? refs.product(r.product) : null;
              const via = r.via ? refs.actor(r.via) : null;
              return { kind: r.kind, product, via, text: reasonText({ kind: r.kind, product, via }, partner, distanceKm, district, lang) };
            }),
          };
        }),
      };
    });
  }

  agenda(eventId: string, firm: string) {
    return this.runner.read(async (tx) => {
      const event = await this.requireEvent(tx, eventId);
      await loadChecked(tx, [{ id: firm, kind: 'firm', field: '/query/firm' }], staffView);
      const rows = await tx.run(getAgenda, { event: eventId, firm });
      const refs = await loadRefs(tx, [firm, ...rows.map((r) => r.other)], staffView);
      return { event, firm: refs.actor(firm), meetings: rows.map((row) => ({ ...row, other: refs.actor(row.other) })) };
    });
  }

  report(eventId: string) {
    return this.runner.read(async (tx) => {
      const event = await this.requireEvent(tx, eventId);
      // Links count as confirmed when the other side confirmed them within three months of the event.
      const confirmedBy = new Date(Date.UTC(Number(event.date.slice(0, 4)), Number(event.date.slice(5, 7)) - 1 + 3, Number(event.date.slice(8, 10)))).toISOString();
      const [row] = await tx.run(eventReport, { event: eventId, confirmedBy });
      return { event, ...row! };
    });
  }
}

/** One meeting per pair and event, so asking twice (or both sides asking) finds the same one. */
const meetingId = (eventId: string, from: string, to: string) => `M:${eventId}:${[from, to].sort().join(':')}`.slice(0, 64);

declare module 'fastify' {
  interface FastifyInstance {
    eventsRepository: EventsRepository;
  }
}

export default fp(
  async (app) => {
    app.decorate('eventsRepository', new EventsRepository(app.runner));
  },
  { name: 'events-repository', dependencies: ['neo4j'] },
);
