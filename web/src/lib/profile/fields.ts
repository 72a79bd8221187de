// The edit form of each kind: which fields, how they are entered, and the rule a person is told
// when the API rejects a value. Kept in step with the server's schemas by fields.test.ts.
import type { EntityKind } from '../api/types';
import type { Translation } from '../i18n/i18n-types';

/** Field names are the API's property names and the keys of their labels in the dictionary. */
export type FieldName = keyof Translation['fields'];

export type FieldRule = 'required' | 'text' | 'integer' | 'decimal' | 'url' | 'date' | 'choice' | 'list';

/** Dictionary sections that label the options of a choice. */
export type OptionLabels = 'sizes' | 'instituteTypes' | 'organisationTypes' | 'eventTypes' | 'sectorLevels' | 'regionLevels' | 'countries' | 'plain';

export interface FieldSpec {
  name: FieldName;
  input: 'text' | 'textarea' | 'integer' | 'decimal' | 'url' | 'date' | 'choice' | 'list';
  rule: FieldRule;
  required?: boolean;
  min?: number;
  max?: number;
  options?: readonly string[];
  optionLabels?: OptionLabels;
}

const text = (name: FieldName, max: number, required = false): FieldSpec => ({ name, input: 'text', rule: required ? 'required' : 'text', max, required });
const integer = (name: FieldName, min: number, max: number): FieldSpec => ({ name, input: 'integer', rule: 'integer', min, max });
const decimal = (name: FieldName, min: number, max: number): FieldSpec => ({ name, input: 'decimal', rule: 'decimal', min, max });
const choice = (name: FieldName, options: readonly string[], optionLabels: OptionLabels): FieldSpec => ({
  name,
  input: 'choice',
  rule: 'choice',
  required: true,
  options,
  optionLabels,
});

const names: FieldSpec[] = [text('name', 200, true), text('nameDe', 200), text('nameCs', 200), text('nameEn', 200)];
const descriptions: FieldSpec[] = (['descriptionDe', 'descriptionCs', 'descriptionEn'] as const).map((name) => ({
  name,
  input: 'textarea',
  rule: 'text',
  max: 4000,
}));
const place: FieldSpec[] = [text('town', 100), { name: 'website', input: 'url', rule: 'url', max: 300 }];
const coordinates: FieldSpec[] = [decimal('lat', -90, 90), decimal('lon', -180, 180)];

export const editableFields: Record<EntityKind, FieldSpec[]> = {
  firm: [
    ...names,
    choice('size', ['micro', 'small', 'medium', 'large'], 'sizes'),
    integer('employees', 0, 1_000_000),
    integer('founded', 1800, 2100),
    ...place,
    { name: 'certifications', input: 'list', rule: 'list', max: 20 },
    ...coordinates,
    ...descriptions,
  ],
  institute: [...names, choice('type', ['university', 'research', 'transfer'], 'instituteTypes'), ...place, ...coordinates, ...descriptions],
  organisation: [
    ...names,
    choice('type', ['chamber', 'agency', 'cluster', 'network', 'association'], 'organisationTypes'),
    ...place,
    ...coordinates,
    ...descriptions,
  ],
  product: [...names, { ...text('code', 32, true) }, choice('codeSystem', ['CPA', 'HS'], 'plain'), text('category', 16, true), ...descriptions],
  sector: [...names, text('code', 16, true), choice('level', ['section', 'division', 'group', 'class'], 'sectorLevels'), ...descriptions],
  region: [...names, choice('level', ['country', 'region', 'district'], 'regionLevels'), choice('country', ['DE', 'CZ'], 'countries'), ...coordinates, ...descriptions],
  event: [
    ...names,
    choice('type', ['workshop', 'cooperation-exchange', 'information'], 'eventTypes'),
    { name: 'date', input: 'date', rule: 'date', required: true },
    text('town', 100),
    text('venue', 200),
    text('startsAt', 16),
    text('endsAt', 16),
    { name: 'languages', input: 'list', rule: 'list', max: 3 },
    integer('capacity', 1, 10_000),
    integer('slotMinutes', 5, 120),
    integer('tables', 1, 500),
    { name: 'registrationDeadline', input: 'date', rule: 'date' },
    ...descriptions,
  ],
};

/** Form text -> the value sent. Unparsable numbers go as typed, so the API names the field. */
export function parseField(spec: FieldSpec, raw: string): unknown {
  const value = raw.trim();
  if (spec.input === 'integer' || spec.input === 'decimal') {
    const number = Number(value.replace(',', '.'));
    return value !== '' && Number.isFinite(number) ? number : value;
  }
  if (spec.input === 'list') return value.split(',').map((item) => item.trim()).filter(Boolean);
  return value;
}

/** Value in the entity -> form text. */
export function fieldText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}

/**
 * The changes a PATCH should carry: fields whose text changed. An emptied optional field is left
 * out (the API keeps values; it has no "unset"), an emptied required one is sent so the API says so.
 */
export function changes(specs: FieldSpec[], before: Record<string, unknown>, texts: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const spec of specs) {
    const text = texts[spec.name] ?? '';
    if (text.trim() === fieldText(before[spec.name]).trim()) continue;
    if (text.trim() === '' && !spec.required) continue;
    out[spec.name] = parseField(spec, text);
  }
  return out;
}
