// The network of a scope as files for Gephi, Gephi Lite, yEd and graphology: GEXF 1.3 through
// graphology-gexf (with positions, colours and sizes in its viz namespace), graphology's own JSON,
// and GraphML. graphology-graphml only parses, so GraphML is written here: a key per attribute, a
// node and an edge element each, XML-escaped.
import gexf from 'graphology-gexf';
import type { ActorGraph, EdgeAttributes, NodeAttributes } from './network';

type Plain = Record<string, string | number | boolean>;

/** Attributes without nulls (GEXF and GraphML have no null; a missing value is left out). */
const present = (attributes: Record<string, unknown>, skip: string[]): Plain =>
  Object.fromEntries(
    Object.entries(attributes).filter(([key, value]) => value !== null && value !== undefined && !skip.includes(key)),
  ) as Plain;

const drawn = ['label', 'x', 'y', 'radius', 'color'];

export function toGexf(graph: ActorGraph): string {
  return gexf.write(graph, {
    version: '1.3',
    formatNode: (_key: string, a: NodeAttributes) => ({
      label: a.label,
      attributes: present({ ...a }, drawn),
      viz: { x: a.x, y: a.y, size: a.radius, color: a.color },
    }),
    formatEdge: (_key: string, a: EdgeAttributes) => ({
      attributes: present({ ...a }, []),
      viz: a.crossBorder ? { color: '#7a3fa0' } : {},
    }),
  } as Parameters<typeof gexf.write>[1]);
}

export function toGraphologyJson(graph: ActorGraph): string {
  const serialized = graph.export();
  // Sigma reads `size` as the radius; keep ours under that name too.
  for (const node of serialized.nodes) {
    if (node.attributes) (node.attributes as unknown as Record<string, unknown>).size = node.attributes.radius;
  }
  return JSON.stringify(serialized);
}

const escape = (text: string) =>
  text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c)
    // XML 1.0 forbids most control characters, even escaped.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');

type KeyType = 'string' | 'int' | 'double' | 'boolean';

function keysOf(items: Iterable<Record<string, unknown>>): Map<string, KeyType> {
  const keys = new Map<string, KeyType>();
  for (const attributes of items) {
    for (const [key, value] of Object.entries(attributes)) {
      if (value === null || value === undefined) continue;
      const type: KeyType =
        typeof value === 'boolean' ? 'boolean' : typeof value === 'number' ? (Number.isInteger(value) && keys.get(key) !== 'double' ? 'int' : 'double') : 'string';
      const known = keys.get(key);
      keys.set(key, known && known !== type ? (known === 'int' && type === 'double' ? 'double' : known === 'double' && type === 'int' ? 'double' : 'string') : type);
    }
  }
  return keys;
}

export function toGraphml(graph: ActorGraph): string {
  const nodeKeys = keysOf(graph.mapNodes((_, a) => a as unknown as Record<string, unknown>));
  const edgeKeys = keysOf(graph.mapEdges((_, a) => a as unknown as Record<string, unknown>));
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const [key, type] of nodeKeys) out.push(`  <key id="n_${escape(key)}" for="node" attr.name="${escape(key)}" attr.type="${type}"/>`);
  for (const [key, type] of edgeKeys) out.push(`  <key id="e_${escape(key)}" for="edge" attr.name="${escape(key)}" attr.type="${type}"/>`);
  out.push('  <graph id="G" edgedefault="directed">');
  graph.forEachNode((node, a) => {
    out.push(`    <node id="${escape(node)}">`);
    for (const [key, value] of Object.entries(a)) {
      if (value !== null && value !== undefined) out.push(`      <data key="n_${escape(key)}">${escape(String(value))}</data>`);
    }
    out.push('    </node>');
  });
  graph.forEachEdge((edge, a, source, target) => {
    out.push(`    <edge id="${escape(edge)}" source="${escape(source)}" target="${escape(target)}">`);
    for (const [key, value] of Object.entries(a)) {
      if (value !== null && value !== undefined) out.push(`      <data key="e_${escape(key)}">${escape(String(value))}</data>`);
    }
    out.push('    </edge>');
  });
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
