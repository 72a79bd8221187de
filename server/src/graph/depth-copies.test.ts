// A bound of a quantifier cannot be a parameter, so some queries spell out one copy of their
// pattern per depth and pick the copy by $k or $maxHops. The copies must differ in nothing else: a
// fix made in one copy and not the others would give different answers at different depths.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { cypherDir } from './queries';

const specialised = ['paths/find-supplier-tree', 'paths/find-chains', 'paths/find-between', 'risk/find-critical-suppliers'];

/** The text between the braces that open at `start`. */
function block(text: string, start: number): string {
  let depth = 0;
  let end = start;
  for (; end < text.length; end++) {
    if (text[end] === '{') depth++;
    if (text[end] === '}' && --depth === 0) break;
  }
  return text.slice(start + 1, end);
}

/**
 * The copies of a file: the branches of its CALL { … UNION ALL … } subquery, or, where it searches
 * deeper one CALL after the other, the body of each top-level CALL.
 */
function branches(text: string): string[] {
  const calls = [...text.matchAll(/^CALL \(/gm)].map((m) => block(text, text.indexOf('{', m.index)));
  if (calls.length > 1) return calls.map((call) => call.trim());
  const first = block(text, text.indexOf('{', text.search(/CALL \(/)));
  return first.split(/^\s*UNION ALL\s*$/m).map((branch) => branch.trim());
}

/** The depth bounds of a branch: the upper bound of each quantifier and the value its guard compares to. */
const bounds = (branch: string) => [...branch.matchAll(/(?:\{1,|\*1\.\.|\$(?:k|hops|maxHops) (?:=|<=|>) )(\d+)/g)].map((m) => Number(m[1]));
/**
 * A copy's search without its bounds: from its MATCH to its RETURN (a guard before and the name of
 * what it returns differ by design), and without the length check that only copies able to walk
 * deeper than $maxHops need.
 */
const withoutBounds = (branch: string) =>
  branch
    .slice(branch.indexOf('MATCH'), branch.lastIndexOf('RETURN'))
    .replace(/WHERE size\(x\) <= \$maxHops\s+AND /, 'WHERE ')
    .replace(/(\{1,|\*1\.\.|\$(?:k|hops|maxHops) )(?:=|<=|>)? ?\d+/g, '$1…');

describe.each(specialised)('%s', (name) => {
  const copies = branches(readFileSync(join(cypherDir, `${name}.cypher`), 'utf8'));

  it('has one copy of its pattern per depth, with growing bounds', () => {
    expect(copies.length).toBeGreaterThan(1);
    const upper = copies.map((copy) => Math.max(...bounds(copy)));
    expect(upper).toEqual([...upper].sort((a, b) => a - b));
    expect(new Set(upper).size).toBe(copies.length);
  });

  it('has copies identical except for their bounds', () => {
    const first = withoutBounds(copies[0]!);
    for (const copy of copies.slice(1)) expect(withoutBounds(copy)).toBe(first);
  });
});
