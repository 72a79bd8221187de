// Ajv's findings as our field pointer and a sentence in the caller's language. Ajv stops at the first
// failing rule (allErrors off); a union adds its branches' findings before its own.
import { counted, type Language, type ServerTexts } from './i18n/index';
import type { JsonType } from './i18n/plural';
import { patterns } from './schemas/patterns';

export interface ValidationIssue {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  schema?: unknown;
}

/** Fastify's names for the parts of a request, as our pointers name them. */
const partNames: Record<string, string> = { body: 'body', querystring: 'query', params: 'params', headers: 'headers' };

const escapePointer = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * The finding a person should read. A union (a choice of values, or a value or null) reports its
 * branches' findings first: a choice of constants reads as "one of …", a nullable value as what
 * its non-null branch found, at that branch's depth.
 */
function primary(issues: ValidationIssue[]): { issue: ValidationIssue; branches: ValidationIssue[] } | undefined {
  const union = issues.find((issue) => issue.keyword === 'anyOf' || issue.keyword === 'oneOf');
  if (!union) return issues[0] ? { issue: issues[0], branches: [] } : undefined;
  const branches = issues.filter((i) => i !== union && (i.instancePath === union.instancePath || i.instancePath.startsWith(`${union.instancePath}/`)));
  if (branches.length > 0 && branches.every((b) => b.keyword === 'const')) return { issue: union, branches };
  const meant = branches.find((b) => !(b.keyword === 'type' && b.params.type === 'null')) ?? branches[0];
  return meant ? { issue: meant, branches: [] } : { issue: union, branches: [] };
}

/** Path of the value at fault inside its part: instancePath plus the property named by the rule. */
function innerPath(issue: ValidationIssue): string {
  const named = issue.params.missingProperty ?? issue.params.additionalProperty;
  return `${issue.instancePath}${typeof named === 'string' ? `/${escapePointer(named)}` : ''}`;
}

export function validationField(context: string, issues: ValidationIssue[]): string {
  const found = primary(issues);
  return `/${partNames[context] ?? context}${found ? innerPath(found.issue) : ''}`;
}

const listed = (values: unknown[]) => values.map((v) => JSON.stringify(v)).join(', ');

function sentence(t: ServerTexts, language: Language, issue: ValidationIssue, branches: ValidationIssue[]): string {
  const v = t.validation;
  const limit = Number(issue.params.limit);
  switch (issue.keyword) {
    case 'anyOf':
    case 'oneOf':
      return branches.length > 0 ? v.oneOf({ values: listed(branches.map((b) => b.params.allowedValue)) }) : v.invalid;
    case 'type':
      return v.type({ expected: String(issue.params.type).split(',')[0] as JsonType });
    case 'required':
      return v.required;
    case 'additionalProperties':
      return v.additionalProperties;
    case 'minLength':
      return v.minLength(counted(language, limit, t.plural.characters));
    case 'maxLength':
      return v.maxLength(counted(language, limit, t.plural.characters));
    case 'minimum':
    case 'exclusiveMinimum':
      return v.minimum({ limit: counted(language, limit, t.plural.characters).limit });
    case 'maximum':
    case 'exclusiveMaximum':
      return v.maximum({ limit: counted(language, limit, t.plural.characters).limit });
    case 'minItems':
      return v.minItems(counted(language, limit, t.plural.entries));
    case 'maxItems':
      return v.maxItems(counted(language, limit, t.plural.entries));
    case 'minProperties':
      return v.minProperties;
    case 'const':
      return v.oneOf({ values: listed([issue.params.allowedValue]) });
    case 'enum':
      return v.oneOf({ values: listed((issue.params.allowedValues as unknown[]) ?? []) });
    case 'format':
      return issue.params.format === 'date' ? v.format.date : v.format.other;
    case 'pattern': {
      const pattern = String(issue.params.pattern);
      if (pattern === patterns.id) return v.pattern.id;
      if (pattern === patterns.visible) return v.pattern.visible;
      if (pattern === patterns.website) return v.pattern.website;
      return v.pattern.other;
    }
    default:
      return v.invalid;
  }
}

export function validationMessage(t: ServerTexts, language: Language, issues: ValidationIssue[]): string {
  const found = primary(issues);
  if (!found) return `${t.validation.input} ${t.validation.invalid}`;
  const path = innerPath(found.issue).slice(1);
  const subject = path ? t.validation.field(path) : t.validation.input;
  return `${subject} ${sentence(t, language, found.issue, found.branches)}`;
}
