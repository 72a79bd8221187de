import { expect, it } from 'vitest';
import type { ProductRisk } from '$lib/api/risk';
import { byRisk } from './severity';

const row = (id: string, risks: ProductRisk['risks'], offeredBy = 5) =>
  ({ product: { id, name: id, nameDe: null, nameCs: null, nameEn: null, category: null }, suppliers: [], countries: [], districts: [], offeredBy, risks }) as ProductRisk;

it('puts products without a supplier first, then single sources, then one district, then one country', () => {
  const rows = [row('wide', []), row('country', ['ONE_COUNTRY']), row('single', ['SINGLE_SOURCE']), row('none', ['NO_SUPPLIER']), row('district', ['ONE_COUNTRY', 'ONE_DISTRICT'])];
  expect(byRisk(rows).map((r) => r.product.id)).toEqual(['none', 'single', 'district', 'country', 'wide']);
});

it('puts the scarcer product first among equally risky ones', () => {
  expect(byRisk([row('many', ['SINGLE_SOURCE'], 9), row('few', ['SINGLE_SOURCE'], 2)]).map((r) => r.product.id)).toEqual(['few', 'many']);
});
