import { describe, expect, it } from 'vitest';
import { parseRisk, serializeRisk } from './risk-state';

describe('risk question in the URL', () => {
  it('keeps only what the chosen view uses', () => {
    const firmView = parseRisk(new URLSearchParams('tab=firm&firm=F-1&product=P-2&sector=C25'));
    expect(serializeRisk(firmView).toString()).toBe('tab=firm&firm=F-1&product=P-2');
    const area = parseRisk(new URLSearchParams('tab=area&sector=C25&region=CZ042&k=2&firm=F-1'));
    expect(parseRisk(serializeRisk(area))).toEqual({ ...area, firm: null, product: null });
  });

  it('falls back to the firm view and sane numbers', () => {
    expect(parseRisk(new URLSearchParams('tab=nope&k=12&remove=all'))).toMatchObject({ tab: 'firm', k: 3, remove: 'firm' });
  });

  it('needs no target to close the border', () => {
    const border = parseRisk(new URLSearchParams('tab=whatif&remove=border&target=F-1'));
    expect(serializeRisk(border).toString()).toBe('tab=whatif&remove=border');
  });
});
