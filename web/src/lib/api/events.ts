// Cooperation events: the calendar, an event, its participants, registration, meeting requests and
// answers, suggestions, the timetable and outcomes. The shapes are the server's schemas.
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
} from '../../../../server/src/schemas/events';
import type { EntityProps } from './types';
import { ApiError, buildUrl, errorFrom, sheetType, writeHeaders, type Query } from './client';
import { call } from './endpoints';

export type { EventSummary, Meeting, Participant, RegistrationBody, Suggestion };
export type EventProps = EntityProps<'event'>;
export type CooperationRequestType = RegistrationBody['requests'][number]['type'];
export const cooperationRequestTypes = ['product-offer', 'product-request', 'partnership', 'rd-request', 'technology-offer'] as const satisfies readonly CooperationRequestType[];
export type MeetingOutcome = OutcomeBody['outcome'];
export const meetingOutcomes = ['none', 'follow-up', 'cooperation', 'supplier'] as const satisfies readonly MeetingOutcome[];

const calendarCall = call('get', '/api/calendar');
const detailsCall = call('get', '/api/events/{id}/details');
const createCall = call('post', '/api/events');
const participantsCall = call('get', '/api/events/{id}/participants');
const registerCall = call('post', '/api/events/{id}/registrations');
const suggestionsCall = call('get', '/api/events/{id}/suggestions');
const requestMeetingCall = call('post', '/api/events/{id}/meetings');
const meetingsCall = call('get', '/api/events/{id}/meetings');
const changeMeetingCall = call('patch', '/api/events/{id}/meetings/{meeting}');
const outcomeCall = call('post', '/api/events/{id}/meetings/{meeting}/outcome');
const scheduleCall = call('post', '/api/events/{id}/schedule');
const reportCall = call('get', '/api/events/{id}/report');

export interface EventReport {
  participants: { country: string; size: string | null; firms: number }[];
  requested: number;
  accepted: number;
  held: number;
  heldCrossBorder: number;
  outcomes: { outcome: string; meetings: number }[];
  links: number;
  linksConfirmed: number;
}

export interface ScheduleAnswer {
  placed: number;
  unplaced: number;
  optimal: boolean;
  meetings: Meeting[];
}

export const events = {
  calendar: (query: { from?: string; to?: string }, signal?: AbortSignal) => calendarCall<{ items: EventSummary[] }>({ query, signal }),
  details: (id: string, signal?: AbortSignal) => detailsCall<EventSummary>({ params: { id }, signal }),
  create: (body: EventProps) => createCall<{ id: string }>({ body }),
  participants: (id: string, query: Partial<ParticipantsQuery>, signal?: AbortSignal) =>
    participantsCall<{ items: Participant[] }>({ params: { id }, query: query as Query, signal }),
  register: (id: string, body: RegistrationBody) => registerCall<{ id: string; created: boolean }>({ params: { id }, body }),
  suggestions: (id: string, firm: string, lang: string, signal?: AbortSignal) =>
    suggestionsCall<{ items: Suggestion[] }>({ params: { id }, query: { firm, lang }, signal }),
  requestMeeting: (id: string, body: MeetingRequestBody) => requestMeetingCall<Meeting>({ params: { id }, body }),
  /** Without `firm`: every meeting of the event (staff). */
  meetings: (id: string, firm: string | null, signal?: AbortSignal) => meetingsCall<{ items: Meeting[] }>({ params: { id }, query: { firm }, signal }),
  changeMeeting: (id: string, meeting: string, body: MeetingChange) => changeMeetingCall<Meeting>({ params: { id, meeting }, body }),
  recordOutcome: (id: string, meeting: string, body: OutcomeBody) => outcomeCall<unknown>({ params: { id, meeting }, body }),
  schedule: (id: string) => scheduleCall<ScheduleAnswer>({ params: { id } }),
  report: (id: string, signal?: AbortSignal) => reportCall<EventReport>({ params: { id }, signal }),
};

/** The files of an event, as links the Export menu downloads. */
export const eventFile = (id: string, file: string, query: Query) => buildUrl(`/api/events/{id}/${file}`, { id }, query);

export interface RegistrationImport {
  rows: number;
  created: number;
  changed: number;
  rejected: { line: number; sheet: string | null; problems: { column: string; reason: string; message: string }[] }[];
}

/** Staff: registers the firms of a CSV or XLSX sheet; rejected rows come back with line, column and reason. */
export async function uploadRegistrations(id: string, file: File, lang: string): Promise<RegistrationImport> {
  const type = sheetType(file);
  let response: Response;
  try {
    response = await fetch(buildUrl('/api/events/{id}/registrations/import', { id }, { lang }), {
      method: 'POST',
      body: file,
      headers: { ...writeHeaders(), 'content-type': type, accept: 'application/json' },
    });
  } catch (error) {
    throw new ApiError(0, 'NETWORK', error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) throw await errorFrom(response);
  return (await response.json()) as RegistrationImport;
}
