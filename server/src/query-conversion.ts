// Query strings arrive as text. A value converts only to the type its parameter declares, and only
// when it is written plainly: decimal integers ("16", not "0x10", "1e1" or " 16"), decimal numbers,
// true/false. Anything else stays text, so validation answers 400 with the parameter at fault.
// Bodies are never converted: JSON carries its own types.
import type { FastifyInstance } from 'fastify';

interface PropertySchema {
  type?: string;
}
interface ObjectSchema {
  properties?: Record<string, PropertySchema>;
}

const integer = /^-?(0|[1-9][0-9]*)$/;
const decimal = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?$/;

function convert(type: string | undefined, text: string): unknown {
  if ((type === 'integer' && integer.test(text)) || (type === 'number' && decimal.test(text))) {
    const value = Number(text);
    return Number.isSafeInteger(value) || type === 'number' ? value : text;
  }
  if (type === 'boolean' && (text === 'true' || text === 'false')) return text === 'true';
  return text;
}

export function convertQuery(schema: ObjectSchema | undefined, query: Record<string, unknown>): void {
  const properties = schema?.properties;
  if (!properties) return;
  for (const [name, value] of Object.entries(query)) {
    if (typeof value !== 'string' || !Object.hasOwn(properties, name)) continue;
    query[name] = convert(properties[name]?.type, value);
  }
}

export function installQueryConversion(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const schema = request.routeOptions.schema?.querystring as ObjectSchema | undefined;
    if (schema && request.query && typeof request.query === 'object') convertQuery(schema, request.query as Record<string, unknown>);
  });
}
