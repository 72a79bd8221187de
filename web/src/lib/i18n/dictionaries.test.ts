// The three dictionaries are complete: every key of the German base exists in Czech and English,
// none is empty, none is extra, and each translation uses the same placeholders as the German text.
import { describe, expect, it } from 'vitest';
import cs from './cs';
import de from './de';
import en from './en';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [p, v] of leaves(value, path)) out.set(p, v);
  }
  return out;
}

// `{count:number|num}` in German, `{count|num}` in the others, and counts named only by a plural `{{count: …}}`.
function placeholders(text: string): string[] {
  const pluralKeys = [...text.matchAll(/\{\{(\w+):/g)].map((m) => m[1]!);
  const outsidePlurals = text.replace(/\{\{[^{}]*\}\}/g, '');
  const args = [...outsidePlurals.matchAll(/\{(\w+)(?::\w+)?(\|\w+)?\}/g)].map((m) => `${m[1]}${m[2] ?? ''}`);
  return [...new Set([...pluralKeys, ...args])].sort();
}
const base = leaves(de as unknown as Tree);

describe.each([
  ['cs', cs],
  ['en', en],
])('the %s dictionary', (_name, dictionary) => {
  const translated = leaves(dictionary as unknown as Tree);

  it('has every German key, and no other', () => {
    expect([...translated.keys()].sort()).toEqual([...base.keys()].sort());
  });

  it('has no empty text', () => {
    expect([...translated].filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([]);
  });

  it('uses the same placeholders as the German text', () => {
    const mismatched = [...base].filter(([key, text]) => placeholders(text).join() !== placeholders(translated.get(key) ?? '').join());
    expect(mismatched.map(([key]) => key)).toEqual([]);
  });
});

describe('the German base dictionary', () => {
  it('has no empty text', () => {
    expect([...base].filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([]);
  });

  it('avoids key names that typesafe-i18n cannot put on its section functions', () => {
    // Its proxy turns sections into functions; a function's `length` cannot be overwritten.
    const reserved = new Set(['length', 'caller', 'arguments', 'prototype']);
    expect([...base.keys()].filter((key) => key.split('.').some((part) => reserved.has(part)))).toEqual([]);
  });
});
