// The edit forms ask for exactly what the server accepts: the same properties per kind, the same
// required ones, limits and choices. Read from the server's own TypeBox schemas.
import { OptionalKind, type TSchema } from '@sinclair/typebox';
import { describe, expect, it } from 'vitest';
import { FirmSize } from '../../../../server/src/schemas/entities';
import { kinds } from '../../../../server/src/schemas/entities';
import { firmSizes } from '../api/types';
import { changes, editableFields, parseField } from './fields';

type Schema = TSchema & { anyOf?: { const: string }[]; maxLength?: number; minimum?: number; maximum?: number; maxItems?: number };

describe.each(Object.entries(kinds))('the %s form', (kind, definition) => {
  const specs = editableFields[kind as keyof typeof editableFields];
  const properties = definition.properties as Record<string, Schema>;

  it('has a field for every property the server accepts, and no other', () => {
    expect(specs.map((s) => s.name).sort()).toEqual(Object.keys(properties).sort());
  });

  it.each(specs.map((s) => [s.name, s] as const))('%s has the server’s rule', (_name, spec) => {
    const schema = properties[spec.name]!;
    expect(spec.required ?? false).toBe(!(OptionalKind in schema));
    if (schema.anyOf) expect(spec.options).toEqual(schema.anyOf.map((option) => option.const));
    if (schema.maxLength !== undefined && spec.input !== 'url') expect(spec.max).toBe(schema.maxLength);
    if (schema.minimum !== undefined) expect([spec.min, spec.max]).toEqual([schema.minimum, schema.maximum]);
    if (schema.maxItems !== undefined) expect(spec.max).toBe(schema.maxItems);
    const type = schema.anyOf ? 'choice' : schema.format === 'date' ? 'date' : schema.type;
    const inputs: Record<string, string[]> = {
      string: ['text', 'textarea', 'url'],
      integer: ['integer'],
      number: ['decimal'],
      array: ['list'],
      choice: ['choice'],
      date: ['date'],
    };
    expect(inputs[type as string]).toContain(spec.input);
  });
});

it('knows the firm sizes the server knows', () => {
  expect(firmSizes).toEqual((FirmSize as unknown as Schema).anyOf!.map((o) => o.const));
});

describe('form values', () => {
  const firm = editableFields.firm;

  it('sends numbers as numbers, and what is not a number as typed so the server names the field', () => {
    const employees = firm.find((s) => s.name === 'employees')!;
    expect(parseField(employees, ' 42 ')).toBe(42);
    expect(parseField(employees, 'viele')).toBe('viele');
    expect(parseField(firm.find((s) => s.name === 'lat')!, '50,65')).toBe(50.65);
  });

  it('sends only what changed, and never an emptied optional field', () => {
    const before = { name: 'A GmbH', size: 'small', employees: 20, town: 'Zittau', certifications: ['ISO 9001'] };
    const texts = { name: 'A GmbH', size: 'medium', employees: '20', town: '', certifications: 'ISO 9001, IATF 16949' };
    expect(changes(firm, before, texts)).toEqual({ size: 'medium', certifications: ['ISO 9001', 'IATF 16949'] });
    expect(changes(firm, before, { ...texts, name: ' ' })).toMatchObject({ name: '' });
  });
});
