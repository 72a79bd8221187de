import { describe, expect, it } from 'vitest';
import { toLuceneQuery } from './lucene';

describe('toLuceneQuery', () => {
  it('matches each word as a prefix or with one typo, all words required', () => {
    expect(toLuceneQuery('Spritzguss Chemnitz')).toBe('(spritzguss* OR spritzguss~1) AND (chemnitz* OR chemnitz~1)');
  });

  it('keeps short words as prefixes only, since one typo in three letters matches almost anything', () => {
    expect(toLuceneQuery('cnc')).toBe('cnc*');
  });

  it('removes query syntax so typed text cannot break or widen the query', () => {
    expect(toLuceneQuery('a:b OR (c* && "d")')).toBe('ab* AND or* AND c* AND d*');
  });

  it('folds diacritics as the index does', () => {
    expect(toLuceneQuery('Vstřikování')).toBe('(vstrikovani* OR vstrikovani~1)');
  });

  it('returns nothing for text without words', () => {
    expect(toLuceneQuery('  "" ** ')).toBeUndefined();
  });
});
