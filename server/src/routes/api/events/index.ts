// Cooperation events over HTTP: the calendar, an event and its participants for everyone (drafts
// left out and contact persons as their consent allows); registering, asking for and answering
// meetings and recording what came of them for the firms' members; creating the timetable, pinning
// meetings, the organiser's printouts, the report and registrations from a spreadsheet for staff.
// Who may do what is each route's access rule (auth/policy.ts); the repository checks the rest.
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { agendaCalendar } from '../../../events/agenda-ics';
import { agendaPdf, participantsPdf, reportPdf, reportXlsx, tableCardsPdf, timetablePdf, timetableXlsx } from '../../../events/printouts';
import { contentDisposition } from '../../../exports/file-name';
import { languageOf } from '../../../i18n/index';
import type { Actor } from '../../../plugins/app/events-repository';
import { Language, errorResponses } from '../../../schemas/common';
import { acceptFiles, fileBodyLimit, fileOf, fileProblem, xlsxType } from '../../../imports/file-body';
import {
  AgendaQuery,
  Calendar,
  CalendarQuery,
  EventParams,
  EventReport,
  EventSummary,
  Meeting,
  MeetingChange,
  MeetingParams,
  MeetingRequestBody,
  Meetings,
  MeetingsQuery,
  OutcomeBody,
  OutcomeSaved,
  Participants,
  ParticipantsQuery,
  RegistrationBody,
  RegistrationSaved,
  ScheduleAnswer,
  Suggestions,
  SuggestionsQuery,
} from '../../../schemas/events';

const tags = ['events'];
const reads = errorResponses(400, 404);
const writes = errorResponses(400, 401, 403, 404, 409);

const file = (type: string, description: string) => ({ description, content: { [type]: { schema: Type.String({ format: 'binary' }) } } });
const LanguageQuery = Type.Object({ lang: Type.Optional(Language) }, { additionalProperties: false });

const actorOf = (request: FastifyRequest): Actor => ({ userId: request.user?.id ?? null });

function download(reply: FastifyReply, type: string, name: string, body: string | Buffer) {
  return reply.header('content-type', type).header('content-disposition', contentDisposition(name)).send(body);
}

const RegistrationImport = Type.Object({
  rows: Type.Integer({ description: 'Rows read' }),
  created: Type.Integer({ description: 'Firms registered' }),
  changed: Type.Integer({ description: 'Registrations replaced' }),
  rejected: Type.Array(
    Type.Object({
      line: Type.Integer({ description: 'Line in the sheet or file; 1 is the header' }),
      sheet: Type.Union([Type.String(), Type.Null()]),
      problems: Type.Array(Type.Object({ column: Type.String(), reason: Type.String(), message: Type.String() })),
    }),
  ),
});

const routes: FastifyPluginAsyncTypebox = async (app) => {
  acceptFiles(app);

  app.get(
    '/api/calendar',
    {
      config: { access: 'visitor' },
      schema: { tags, summary: 'Events between two dates, soonest first', querystring: CalendarQuery, response: { 200: Calendar, ...reads } },
    },
    async (request) => ({ items: await app.eventsRepository.calendar(request.query) }),
  );

  app.get(
    '/api/events/:id/details',
    {
      config: { access: 'visitor' },
      schema: {
        tags,
        summary: 'One event with times, place, languages, organisers, slots and tables',
        params: EventParams,
        response: { 200: EventSummary, ...reads },
      },
    },
    async (request) => app.eventsRepository.event(request.params.id),
  );

  app.get(
    '/api/events/:id/participants',
    {
      config: { access: 'visitor' },
      schema: {
        tags,
        summary: 'Registered firms with what they offer and seek here, and their contact persons as consent allows',
        description:
          'Filters by country, sector, product, and across the border from a firm (`viewer`). Draft firms only for staff; the persons attending are listed as ' +
          'each person’s consent allows the reader (staff all, members those who agreed to members, visitors those who agreed to everyone).',
        params: EventParams,
        querystring: ParticipantsQuery,
        response: { 200: Participants, ...reads },
      },
    },
    async (request) => ({ items: await app.eventsRepository.participants(request.params.id, request.query, request.user) }),
  );

  app.post(
    '/api/events/:id/registrations',
    {
      config: { access: { member: 'ownFirmInBody' } },
      schema: {
        tags,
        summary: 'Register a firm (or change its registration): persons, what it offers and seeks here, its cooperation requests and availability',
        params: EventParams,
        body: RegistrationBody,
        response: { 200: RegistrationSaved, ...writes },
      },
    },
    async (request) => app.eventsRepository.register(request.params.id, request.body, actorOf(request)),
  );

  app.post(
    '/api/events/:id/registrations/import',
    {
      config: { access: 'staff' },
      bodyLimit: fileBodyLimit,
      schema: {
        tags,
        summary: 'Register firms from a spreadsheet (staff): a sheet with the columns firm, persons, offers, seeks, available',
        description:
          'The body is the CSV or XLSX file. Lists are separated by semicolons. Each row is checked as one registration through the API is; the accepted rows ' +
          'are registered in one transaction (audited), each rejected row is reported with its line, column and reason in the caller’s language.',
        params: EventParams,
        querystring: Type.Object({ lang: Type.Optional(Language) }, { additionalProperties: false }),
        body: Type.Unsafe<Buffer>({ description: 'The file: CSV (text/csv) or XLSX' }),
        response: { 200: RegistrationImport, ...errorResponses(400, 401, 403, 404, 413, 415) },
      },
    },
    async (request) => {
      const body = fileOf(request.body);
      try {
        return await app.eventsRepository.importRegistrations(request.params.id, body, languageOf(request), actorOf(request));
      } catch (error) {
        throw fileProblem(error);
      }
    },
  );

  app.get(
    '/api/events/:id/suggestions',
    {
      config: { access: { member: 'ownFirmInQuery' } },
      schema: {
        tags,
        summary: 'Whom the firm should meet here, from the graph, with reasons in the reader’s language; across the border first',
        params: EventParams,
        querystring: SuggestionsQuery,
        response: { 200: Suggestions, ...writes },
      },
    },
    async (request) => app.eventsRepository.suggestions(request.params.id, request.query.firm, languageOf(request), request.query.limit ?? 20, request.user),
  );

  app.post(
    '/api/events/:id/meetings',
    {
      config: { access: { member: 'ownFirmAsks' } },
      schema: {
        tags,
        summary: 'Ask another registered firm for a meeting (staff: add one, accepted at once if they say so)',
        params: EventParams,
        body: MeetingRequestBody,
        response: { 200: Meeting, ...writes },
      },
    },
    async (request) => app.eventsRepository.requestMeeting(request.params.id, request.body, actorOf(request)),
  );

  app.get(
    '/api/events/:id/meetings',
    {
      config: { access: { member: 'ownFirmInQuery' } },
      schema: {
        tags,
        summary: 'Meetings of one firm (its members) or of the whole event (staff, without `firm`): requests, answers, timetable, outcomes',
        params: EventParams,
        querystring: MeetingsQuery,
        response: { 200: Meetings, ...writes },
      },
    },
    async (request) => ({ items: await app.eventsRepository.meetings(request.params.id, request.query.firm ?? null) }),
  );

  app.patch(
    '/api/events/:id/meetings/:meeting',
    {
      config: { access: { member: 'askedSideAnswers' } },
      schema: {
        tags,
        summary: 'Accept or decline a meeting request (the firm asked), or pin it to a slot and table or release it (staff)',
        params: MeetingParams,
        body: MeetingChange,
        response: { 200: Meeting, ...writes },
      },
    },
    async (request) => app.eventsRepository.changeMeeting(request.params.id, request.params.meeting, request.body, actorOf(request)),
  );

  app.post(
    '/api/events/:id/meetings/:meeting/outcome',
    {
      config: { access: { member: 'meetingSide' } },
      schema: {
        tags,
        summary: 'Record whether the meeting took place and what came of it',
        description:
          'Cooperation and supplier outcomes become links claimed for the other side to confirm, with provenance source "event", the event as sourceRef, who and when; audited.',
        params: MeetingParams,
        body: OutcomeBody,
        response: { 200: OutcomeSaved, ...writes },
      },
    },
    async (request) => app.eventsRepository.recordOutcome(request.params.id, request.params.meeting, request.body, actorOf(request)),
  );

  app.post(
    '/api/events/:id/schedule',
    {
      config: { access: 'staff' },
      schema: {
        tags,
        summary: 'Build the timetable from the accepted meetings around the pinned ones, and store it',
        description: 'No participant and no table in two meetings at once; mutual and cross-border requests win where not all fit; the unplaced ones say why.',
        params: EventParams,
        response: { 200: ScheduleAnswer, ...writes },
      },
    },
    async (request) => {
      const { schedule, meetings } = await app.eventsRepository.buildSchedule(request.params.id);
      return { placed: schedule.placed.length, unplaced: schedule.unplaced.length, optimal: schedule.optimal, meetings };
    },
  );

  app.get(
    '/api/events/:id/agenda.ics',
    {
      config: { access: { member: 'ownFirmInQuery' } },
      schema: {
        tags,
        summary: 'A participant’s meetings at the event as an iCalendar file',
        params: EventParams,
        querystring: AgendaQuery,
        response: { 200: file('text/calendar', 'The agenda'), ...writes },
      },
    },
    async (request, reply) => {
      const agenda = await app.eventsRepository.agenda(request.params.id, request.query.firm);
      const lang = languageOf(request);
      return download(reply, 'text/calendar; charset=utf-8', `${agenda.event.id}_${agenda.firm.id}_${lang}.ics`, agendaCalendar(agenda, lang));
    },
  );

  app.get(
    '/api/events/:id/agenda.pdf',
    {
      config: { access: { member: 'ownFirmInQuery' } },
      schema: {
        tags,
        summary: 'A participant’s meetings at the event as a PDF in their language',
        params: EventParams,
        querystring: AgendaQuery,
        response: { 200: file('application/pdf', 'The agenda'), ...writes },
      },
    },
    async (request, reply) => {
      const agenda = await app.eventsRepository.agenda(request.params.id, request.query.firm);
      const lang = languageOf(request);
      return download(reply, 'application/pdf', `${agenda.event.id}_${agenda.firm.id}_${lang}.pdf`, await agendaPdf(agenda, lang));
    },
  );

  app.get(
    '/api/events/:id/timetable.pdf',
    {
      config: { access: 'staff' },
      schema: {
        tags,
        summary: 'The organiser’s timetable, slot by slot, as PDF',
        params: EventParams,
        querystring: LanguageQuery,
        response: { 200: file('application/pdf', 'The timetable'), ...writes },
      },
    },
    async (request, reply) => {
      const lang = languageOf(request);
      const [event, meetings] = await Promise.all([app.eventsRepository.event(request.params.id), app.eventsRepository.meetings(request.params.id, null)]);
      return download(reply, 'application/pdf', `${event.id}_timetable_${lang}.pdf`, await timetablePdf(event, meetings, lang));
    },
  );

  app.get(
    '/api/events/:id/timetable.xlsx',
    {
      config: { access: 'staff' },
      schema: {
        tags,
        summary: 'The organiser’s timetable as XLSX: a sheet by slot and one by table',
        params: EventParams,
        querystring: LanguageQuery,
        response: { 200: file(xlsxType, 'The timetable'), ...writes },
      },
    },
    async (request, reply) => {
      const lang = languageOf(request);
      const [event, meetings] = await Promise.all([app.eventsRepository.event(request.params.id), app.eventsRepository.meetings(request.params.id, null)]);
      return download(reply, xlsxType, `${event.id}_timetable_${lang}.xlsx`, await timetableXlsx(event, meetings, lang));
    },
  );

  app.get(
    '/api/events/:id/table-cards.pdf',
    {
      config: { access: 'staff' },
      schema: {
        tags,
        summary: 'A card per table with who meets there when, as PDF',
        params: EventParams,
        querystring: LanguageQuery,
        response: { 200: file('application/pdf', 'The table cards'), ...writes },
      },
    },
    async (request, reply) => {
      const lang = languageOf(request);
      const [event, meetings] = await Promise.all([app.eventsRepository.event(request.params.id), app.eventsRepository.meetings(request.params.id, null)]);
      return download(reply, 'application/pdf', `${event.id}_table-cards_${lang}.pdf`, await tableCardsPdf(event, meetings, lang));
    },
  );

  app.get(
    '/api/events/:id/participants.pdf',
    {
      config: { access: 'staff' },
      schema: {
        tags,
        summary: 'The participant list with what each offers and seeks, German and Czech side by side, as PDF',
        params: EventParams,
        response: { 200: file('application/pdf', 'The participant list'), ...writes },
      },
    },
    async (request, reply) => {
      const [event, participants] = await Promise.all([
        app.eventsRepository.event(request.params.id),
        app.eventsRepository.participants(request.params.id, {}, request.user),
      ]);
      return download(reply, 'application/pdf', `${event.id}_participants_de-cs.pdf`, await participantsPdf(event, participants));
    },
  );

  app.get(
    '/api/events/:id/report.pdf',
    {
      config: { access: 'staff' },
      schema: { tags, summary: 'The event report as PDF', params: EventParams, querystring: LanguageQuery, response: { 200: file('application/pdf', 'The report'), ...writes } },
    },
    async (request, reply) => {
      const lang = languageOf(request);
      const report = await app.eventsRepository.report(request.params.id);
      return download(reply, 'application/pdf', `${report.event.id}_report_${lang}.pdf`, await reportPdf(report, lang));
    },
  );

  app.get(
    '/api/events/:id/report.xlsx',
    {
      config: { access: 'staff' },
      schema: { tags, summary: 'The event report as XLSX', params: EventParams, querystring: LanguageQuery, response: { 200: file(xlsxType, 'The report'), ...writes } },
    },
    async (request, reply) => {
      const lang = languageOf(request);
      const report = await app.eventsRepository.report(request.params.id);
      return download(reply, xlsxType, `${report.event.id}_report_${lang}.xlsx`, await reportXlsx(report, lang));
    },
  );

  app.get(
    '/api/events/:id/report',
    {
      config: { access: 'staff' },
      schema: {
        tags,
        summary: 'Figures for the programme’s reporting: participants, meetings requested, held and cross-border, outcomes, new links and how many were confirmed',
        params: EventParams,
        response: { 200: EventReport, ...writes },
      },
    },
    async (request) => app.eventsRepository.report(request.params.id),
  );
};

export default routes;
