import { describe, expect, it } from 'vitest';
import { answerable, parseQuestion, serializeQuestion } from './paths-state';

describe('path question in the URL', () => {
  it('reads what it wrote', () => {
    const question = parseQuestion(
      new URLSearchParams('mode=product&from=F-1&product=P-2&k=5&hops=3&crossBorder=1&regions=DED4,CZ04&sectors=C25&avoid=F-9'),
    );
    expect(question).toEqual({
      mode: 'product',
      from: 'F-1',
      product: 'P-2',
      to: null,
      k: 5,
      hops: 3,
      crossBorder: true,
      regions: ['DED4', 'CZ04'],
      sectors: ['C25'],
      avoid: ['F-9'],
    });
    expect(parseQuestion(serializeQuestion(question))).toEqual(question);
  });

  it('keeps numbers within what the API accepts', () => {
    expect(parseQuestion(new URLSearchParams('k=50&hops=0'))).toMatchObject({ mode: 'product', k: 3, hops: 4 });
  });

  it('is answerable once the firm and, per mode, the product or the target are chosen', () => {
    const q = parseQuestion(new URLSearchParams('mode=firm&from=F-1'));
    expect(answerable(q)).toBe(false);
    expect(answerable({ ...q, to: 'F-2' })).toBe(true);
    expect(answerable({ ...q, mode: 'tree' })).toBe(true);
    expect(answerable({ ...q, mode: 'tree', from: null })).toBe(false);
  });
});
