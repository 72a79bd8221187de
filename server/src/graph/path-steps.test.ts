import { describe, expect, it } from 'vitest';
import { idsOf, toPath, type Hop } from './path-steps';
import { Refs, type RefRow } from './refs';

const row = (id: string, kind: string, name: string, extra: Partial<RefRow> = {}): RefRow => ({
  id,
  kind,
  name,
  nameDe: null,
  nameCs: null,
  nameEn: null,
  country: null,
  district: null,
  town: null,
  size: null,
  category: null,
  ...extra,
});

const refs = new Refs([
  row('F-A', 'firm', 'Anton GmbH', { country: 'DE' }),
  row('F-B', 'firm', 'Brno s.r.o.', { country: 'CZ' }),
  row('I-1', 'institute', 'TU Chemnitz', { country: 'DE' }),
  row('P-1', 'product', 'Drehteile', { nameEn: 'Turned parts', category: 'machined' }),
]);

describe('toPath', () => {
  it('says who buys what from whom whichever way the path runs, in English with names for the client', () => {
    const hops: Hop[] = [
      { type: 'SUPPLIES', source: 'F-B', target: 'F-A', product: 'P-1' },
      { type: 'COOPERATES_WITH', source: 'I-1', target: 'F-B', product: null },
    ];
    const path = toPath(['F-A', 'F-B', 'I-1'], hops, refs, 'TU Chemnitz offers advice');
    expect(path.steps.map((step) => [step.buyer?.id ?? null, step.supplier?.id ?? null, step.product?.id ?? null, step.crossBorder])).toEqual([
      ['F-A', 'F-B', 'P-1', true],
      [null, null, null, true],
    ]);
    expect(path.text).toBe('Anton GmbH buys Turned parts from Brno s.r.o.; Brno s.r.o. cooperates with TU Chemnitz; TU Chemnitz offers advice.');
    expect(path).toMatchObject({ length: 2, crossBorder: true });
  });

  it('reads a supply link against the path direction as the later node buying', () => {
    const path = toPath(['F-B', 'F-A'], [{ type: 'SUPPLIES', source: 'F-B', target: 'F-A', product: 'P-1' }], refs);
    expect(path.steps[0]).toMatchObject({ from: { id: 'F-B' }, to: { id: 'F-A' }, buyer: { id: 'F-A' }, supplier: { id: 'F-B' } });
    expect(path.text).toBe('Anton GmbH buys Turned parts from Brno s.r.o.');
  });

  it('is not cross-border where a country is unknown', () => {
    const path = toPath(['F-A', 'F-X'], [{ type: 'COOPERATES_WITH', source: 'F-A', target: 'F-X', product: null }], refs);
    expect(path.steps[0]).toMatchObject({ crossBorder: false, to: { id: 'F-X', name: 'F-X', country: null } });
  });
});

describe('idsOf', () => {
  it('lists nodes and the products on the links', () => {
    expect(idsOf(['F-A', 'F-B'], [{ type: 'SUPPLIES', source: 'F-B', target: 'F-A', product: 'P-1' }])).toEqual(['F-A', 'F-B', 'P-1']);
  });
});
