import { describe, expect, it } from 'vitest';
import { overviewKey } from './network-repository';

describe('overview answers kept per filter', () => {
  it('share one answer between filters that ask for the same', () => {
    const whole = overviewKey({});
    expect(overviewKey({ types: 'SUPPLIES,COOPERATES_WITH,MEMBER_OF' })).toBe(whole);
    expect(overviewKey({ types: 'MEMBER_OF,SUPPLIES,COOPERATES_WITH,SUPPLIES', lang: 'cs' })).toBe(whole);
    expect(overviewKey({ country: 'CZ', types: 'COOPERATES_WITH,SUPPLIES' })).toBe(overviewKey({ types: 'SUPPLIES,COOPERATES_WITH', country: 'CZ' }));
  });

  it('keep apart filters that ask for different answers', () => {
    const keys = [{}, { types: 'SUPPLIES' }, { types: 'SUPPLIES,MEMBER_OF' }, { country: 'CZ' as const }, { crossBorder: true }, { sector: 'C25' }, { region: 'CZ042' }, { kind: 'firm' as const }].map(overviewKey);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
