// The caller's language for server texts: `?lang=` first, then Accept-Language, else English.
// Error answers keep `code` machine-readable and put these texts in `message`.
import type { FastifyRequest } from 'fastify';
import { cs } from './cs';
import { de, type ServerTexts } from './de';
import { en } from './en';
import { pluralForm, type Plural } from './plural';

export type { NodeKind, ServerTexts } from './de';
export type Language = 'de' | 'cs' | 'en';

export const serverTexts: Record<Language, ServerTexts> = { de, cs, en };
export const defaultLanguage: Language = 'en';

const isLanguage = (value: unknown): value is Language => typeof value === 'string' && Object.hasOwn(serverTexts, value);

/** The best of our languages for an Accept-Language header (`cs-CZ,de;q=0.8`), by quality. */
export function fromAcceptLanguage(header: string | undefined): Language | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { language: tag.trim().toLowerCase().split('-')[0], q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked.map((entry) => entry.language).find(isLanguage);
}

export function languageOf(request: Pick<FastifyRequest, 'query' | 'headers'>): Language {
  const query = request.query as Record<string, unknown> | undefined;
  const asked = query && Object.hasOwn(query, 'lang') ? query.lang : undefined;
  if (isLanguage(asked)) return asked;
  const header = request.headers['accept-language'];
  return fromAcceptLanguage(Array.isArray(header) ? header.join(',') : header) ?? defaultLanguage;
}

export const textsFor = (request: Pick<FastifyRequest, 'query' | 'headers'>): ServerTexts => serverTexts[languageOf(request)];

/** `count` and its word in the language's plural form: "3 znaky", "5 znaků". */
export function counted(language: Language, count: number, forms: Plural): { limit: string; unit: string } {
  return { limit: new Intl.NumberFormat(language).format(count), unit: pluralForm(language, count, forms) };
}
