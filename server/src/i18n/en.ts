// Server texts in English, typed against the German base.
import type { NodeKind, ServerTexts } from './de';
import type { JsonType, Plural } from './plural';

const kindName: Record<NodeKind, string> = {
  firm: 'firm',
  institute: 'research institute',
  organisation: 'organisation',
  product: 'product',
  sector: 'sector',
  region: 'region',
  event: 'event',
  meeting: 'meeting',
  registration: 'registration',
  actor: 'actor',
  node: 'entry',
};

const typeNames: Record<JsonType, string> = {
  string: 'a text',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  null: 'null',
};

const characters: Plural = { one: 'character', other: 'characters' };
const entries: Plural = { one: 'entry', other: 'entries' };
const links: Plural = { one: 'link', other: 'links' };
const supplies: Plural = { one: 'supply link', other: 'supply links' };

export const en: ServerTexts = {
  plural: { characters, entries, links, supplies, seconds: { one: 'second', other: 'seconds' } },
  validation: {
    field: (name) => `The field “${name}”`,
    type: (p) => `must be ${typeNames[p.expected]}.`,
    required: 'is missing.',
    additionalProperties: 'is not allowed here.',
    minLength: (p) => `must be at least ${p.limit} ${p.unit} long.`,
    maxLength: (p) => `must be at most ${p.limit} ${p.unit} long.`,
    minimum: (p) => `must be at least ${p.limit}.`,
    maximum: (p) => `must be at most ${p.limit}.`,
    minItems: (p) => `needs at least ${p.limit} ${p.unit}.`,
    maxItems: (p) => `may have at most ${p.limit} ${p.unit}.`,
    minProperties: 'needs at least one property.',
    oneOf: (p) => `must be one of: ${p.values}.`,
    format: { date: 'must be a date written YYYY-MM-DD.', other: 'does not have the expected form.' },
    pattern: {
      id: 'may hold only letters, digits and . _ : - (at most 64 characters).',
      visible: 'must contain at least one visible character.',
      website: 'must start with http:// or https://.',
      other: 'does not have the expected form.',
    },
    invalid: 'is not valid.',
    input: 'The input',
  },
  request: {
    invalidJson: 'The request body is not valid JSON.',
    emptyBody: 'The request needs a body (JSON).',
    badUrl: 'The address is not encoded correctly.',
    unsupportedMediaType: 'This kind of content is not accepted; send JSON (application/json).',
    payloadTooLarge: 'The request is too large.',
    methodNotAllowed: (p) => `${p.method} is not possible here; allowed: ${p.allowed}.`,
    noRoute: (p) => `The API has no ${p.method} ${p.path}.`,
    rateLimited: (p) => `Too many requests. Please try again in ${p.seconds} ${p.unit}.`,
  },
  errors: {
    notFound: (p) => `There is no ${kindName[p.kind]} with the id “${p.id}”.`,
    noLink: (p) => `There is no ${p.type} link from “${p.from}” to “${p.to}”.`,
    invalidRelationship: (p) => `${p.type} cannot join a ${kindName[p.from]} to a ${kindName[p.to]}.`,
    suppliesNeedsProduct: 'A supply link (SUPPLIES) needs the product supplied.',
    duplicate: 'An entry with this id exists already.',
    tooComplex: 'The query took too long; narrow it down (fewer tiers, filters).',
    databaseUnavailable: 'The database cannot be reached right now; please try again shortly.',
    internal: 'Something went wrong on our side.',
    notNeeded: (p) => `The firm “${p.firm}” has not listed the product “${p.product}” as a need.`,
    whatIfNeedsId: { firm: 'Say which firm drops out (id).', district: 'Say which district drops out (id).' },
    areaNeeded: 'Name a sector, a region or a cluster.',
    sameFirm: 'from and to must name two different firms.',
    selfLink: 'An entry cannot be linked to itself.',
    inUse: (p) => `“${p.id}” is still in use: ${p.count} ${p.unit} (${p.uses}). Remove them first.`,
    suppliesRestOnLink: (p) => `${p.count} ${p.unit} still rest on this link (${p.uses}). Remove them first.`,
  },
  exports: {
    scopeNeedsId: (p: { scope: string }) => `A ${p.scope} scope needs an id.`,
  },
  events: {
    notOffered: (p) => `Firm “${p.firm}” does not list product “${p.product}” among its offers.`,
    notRegistered: (p) => `Firm “${p.firm}” is not registered for this event.`,
    slotOutOfRange: (p) => `The meeting slots of this event are numbered 0 to ${p.last}.`,
    tableOutOfRange: (p) => `The tables of this event are numbered 0 to ${p.last}.`,
    requestNeedsText: 'A cooperation request needs a short text in at least one language.',
    onlyAcceptedPlaced: 'Only an accepted meeting can be placed.',
    needsTimes: 'The event needs a start, an end, a slot length and tables before a timetable can be built.',
    pinClash: (p) => `Two pinned meetings share a participant or a table (meeting “${p.meeting}”). Move one of them.`,
    onlyAcceptedOutcome: 'Only an accepted meeting has an outcome.',
    notHeldNoOutcome: 'A meeting that did not take place has no outcome.',
    supplierNeedsProduct: 'A supplier relationship needs the product.',
    supplierIsSide: 'The supplier must be one of the two firms of the meeting.',
    productOnlyForSupplier: 'Product and supplier belong to a supplier relationship only.',
  },
};
