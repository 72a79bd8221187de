// Cooperation events: the calendar, registrations with typed cooperation requests, meeting requests,
// the timetable, suggestions and outcomes.
import { Type, type Static } from '@sinclair/typebox';
import { Country, Id, Language } from './common';
import { ActorRef, nullable as Nullable, ProductRef } from './analytics';

const LocalDateTime = Type.String({
  pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}$',
  description: 'Local time at the event (Central European time), YYYY-MM-DDTHH:mm',
  examples: ['2027-03-17T09:00'],
});

export const EventParams = Type.Object({ id: Id }, { additionalProperties: false });
export const MeetingParams = Type.Object({ id: Id, meeting: Id }, { additionalProperties: false });

export const CalendarQuery = Type.Object(
  {
    from: Type.Optional(Type.String({ format: 'date' })),
    to: Type.Optional(Type.String({ format: 'date' })),
    type: Type.Optional(Type.Union(['workshop', 'cooperation-exchange', 'information'].map((t) => Type.Literal(t)))),
  },
  { additionalProperties: false },
);

export const EventSummary = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    nameDe: Nullable(Type.String()),
    nameCs: Nullable(Type.String()),
    nameEn: Nullable(Type.String()),
    descriptionDe: Nullable(Type.String()),
    descriptionCs: Nullable(Type.String()),
    descriptionEn: Nullable(Type.String()),
    type: Type.String(),
    date: Type.String(),
    startsAt: Nullable(Type.String()),
    endsAt: Nullable(Type.String()),
    town: Nullable(Type.String()),
    venue: Nullable(Type.String()),
    district: Nullable(Type.String()),
    languages: Type.Array(Type.String()),
    capacity: Nullable(Type.Integer()),
    slotMinutes: Nullable(Type.Integer()),
    tables: Nullable(Type.Integer()),
    /** Meeting slots between start and end. */
    slots: Type.Integer(),
    registrationDeadline: Nullable(Type.String()),
    scheduledAt: Nullable(Type.String()),
    organisers: Type.Array(ActorRef),
    registered: Type.Integer(),
  },
  { $id: 'EventSummary', title: 'EventSummary' },
);
export type EventSummary = Static<typeof EventSummary>;
export const Calendar = Type.Object({ items: Type.Array(Type.Ref(EventSummary)) });

export const cooperationRequestTypes = ['product-offer', 'product-request', 'partnership', 'rd-request', 'technology-offer'] as const;
export const CooperationRequestType = Type.Union(cooperationRequestTypes.map((t) => Type.Literal(t)));

const ShortText = Type.String({ minLength: 1, maxLength: 500 });
export const CooperationRequest = Type.Object(
  {
    type: CooperationRequestType,
    product: Type.Optional(Id),
    textDe: Type.Optional(ShortText),
    textCs: Type.Optional(ShortText),
    textEn: Type.Optional(ShortText),
  },
  { additionalProperties: false, description: 'A typed cooperation request with a short text in at least one language' },
);

export const RegistrationBody = Type.Object(
  {
    firm: Id,
    persons: Type.Array(Id, { maxItems: 5, uniqueItems: true, default: [], description: 'Contact persons of the firm who attend' }),
    offers: Type.Array(Id, { maxItems: 50, uniqueItems: true, default: [], description: 'Products the firm offers, to show here' }),
    seeks: Type.Array(Id, { maxItems: 50, uniqueItems: true, default: [], description: 'Products the firm needs, to look for here' }),
    requests: Type.Array(CooperationRequest, { maxItems: 10, default: [] }),
    available: Type.Optional(
      Type.Array(Type.Integer({ minimum: 0, maximum: 99 }), { maxItems: 100, uniqueItems: true, description: 'Meeting slots (0-based) the firm can meet in; all when left out' }),
    ),
  },
  { additionalProperties: false },
);
export type RegistrationBody = Static<typeof RegistrationBody>;

export const RegistrationSaved = Type.Object({ id: Type.String(), created: Type.Boolean() });

export const ParticipantsQuery = Type.Object(
  {
    country: Type.Optional(Country),
    sector: Type.Optional(Id),
    product: Type.Optional(Id),
    viewer: Type.Optional(Id),
    crossBorder: Type.Optional(Type.Boolean({ default: false })),
  },
  { additionalProperties: false },
);
export type ParticipantsQuery = Static<typeof ParticipantsQuery>;

export const Participant = Type.Object({
  registration: Type.String(),
  firm: ActorRef,
  sectors: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), nameDe: Nullable(Type.String()), nameCs: Nullable(Type.String()), nameEn: Nullable(Type.String()) })),
  offers: Type.Array(ProductRef),
  seeks: Type.Array(ProductRef),
  requests: Type.Array(
    Type.Object({
      id: Type.String(),
      type: Type.String(),
      product: Nullable(ProductRef),
      textDe: Nullable(Type.String()),
      textCs: Nullable(Type.String()),
      textEn: Nullable(Type.String()),
    }),
  ),
  available: Type.Array(Type.Integer()),
  persons: Type.Array(
    Type.Object({ id: Type.String(), name: Type.String(), function: Nullable(Type.String()), languages: Type.Array(Type.String()) }),
    { description: 'The persons attending, as their consent lets the reader see them' },
  ),
});
export type Participant = Static<typeof Participant>;
export const Participants = Type.Object({ items: Type.Array(Participant) });

export const MeetingRequestBody = Type.Object(
  {
    from: Id,
    to: Id,
    note: Type.Optional(Type.String({ maxLength: 500 })),
    /** Staff only: the meeting is accepted at once. */
    accepted: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type MeetingRequestBody = Static<typeof MeetingRequestBody>;

export const meetingOutcomes = ['none', 'follow-up', 'cooperation', 'supplier'] as const;
export const MeetingChange = Type.Object(
  {
    status: Type.Optional(Type.Union([Type.Literal('accepted'), Type.Literal('declined')])),
    /** Staff: fix the meeting to a slot and table, or null to release it. */
    pin: Type.Optional(Nullable(Type.Object({ slot: Type.Integer({ minimum: 0, maximum: 99 }), table: Type.Integer({ minimum: 0, maximum: 999 }) }, { additionalProperties: false }))),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type MeetingChange = Static<typeof MeetingChange>;

export const OutcomeBody = Type.Object(
  {
    held: Type.Boolean(),
    outcome: Type.Union(meetingOutcomes.map((o) => Type.Literal(o))),
    /** For 'supplier': the product and which of the two firms supplies it. */
    product: Type.Optional(Id),
    supplier: Type.Optional(Id),
  },
  { additionalProperties: false },
);
export type OutcomeBody = Static<typeof OutcomeBody>;

export const Meeting = Type.Object({
  id: Type.String(),
  from: ActorRef,
  to: ActorRef,
  crossBorder: Type.Boolean(),
  status: Type.Union([Type.Literal('requested'), Type.Literal('accepted'), Type.Literal('declined')]),
  mutual: Type.Boolean(),
  note: Nullable(Type.String()),
  noteBack: Nullable(Type.String()),
  addedByStaff: Type.Boolean(),
  slot: Nullable(Type.Integer()),
  table: Nullable(Type.Integer()),
  startsAt: Nullable(Type.String()),
  pinned: Type.Boolean(),
  unplacedReason: Nullable(Type.String()),
  unplacedBusy: Type.Array(Type.String()),
  held: Nullable(Type.Boolean()),
  outcome: Nullable(Type.String()),
  outcomeProduct: Nullable(ProductRef),
  outcomeSupplier: Nullable(Type.String()),
});
export type Meeting = Static<typeof Meeting>;
export const Meetings = Type.Object({ items: Type.Array(Meeting) });
export const MeetingsQuery = Type.Object({ firm: Type.Optional(Id) }, { additionalProperties: false });

export const ScheduleAnswer = Type.Object({
  placed: Type.Integer(),
  unplaced: Type.Integer(),
  optimal: Type.Boolean(),
  meetings: Type.Array(Meeting),
});

export const OutcomeSaved = Type.Object({
  id: Type.String(),
  link: Nullable(Type.Object({ type: Type.String(), from: Type.String(), to: Type.String(), created: Type.Boolean() })),
});

export const SuggestionsQuery = Type.Object({ firm: Id, lang: Type.Optional(Language), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 20 })) }, { additionalProperties: false });
export const Suggestion = Type.Object({
  partner: ActorRef,
  score: Type.Number(),
  crossBorder: Type.Boolean(),
  distanceKm: Nullable(Type.Number()),
  reasons: Type.Array(
    Type.Object({
      kind: Type.Union(['they-offer-your-need', 'they-need-your-offer', 'single-source', 'introduction', 'research'].map((k) => Type.Literal(k))),
      product: Nullable(ProductRef),
      via: Nullable(ActorRef),
      /** The reason as a sentence in the reader's language. */
      text: Type.String(),
    }),
  ),
});
export type Suggestion = Static<typeof Suggestion>;
export const Suggestions = Type.Object({ firm: ActorRef, items: Type.Array(Suggestion) });

export const AgendaQuery = Type.Object({ firm: Id, lang: Type.Optional(Language) }, { additionalProperties: false });

export const EventReport = Type.Object({
  event: Type.Object(EventSummary.properties, { title: 'EventSummary' }),
  participants: Type.Array(Type.Object({ country: Type.String(), size: Nullable(Type.String()), firms: Type.Integer() })),
  requested: Type.Integer(),
  accepted: Type.Integer(),
  held: Type.Integer(),
  heldCrossBorder: Type.Integer(),
  outcomes: Type.Array(Type.Object({ outcome: Type.String(), meetings: Type.Integer() })),
  links: Type.Integer({ description: 'Links the event’s outcomes claimed' }),
  linksConfirmed: Type.Integer({ description: 'Of those, confirmed by the other side within three months of the event' }),
});
