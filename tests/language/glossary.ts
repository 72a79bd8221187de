// Reads docs/glossary.md and the texts people read (every dictionary that exists, the reference data,
// generated data sets), so the glossary tests check them against the one glossary.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Dataset } from '../../seed/src/dataset';

export type Language = 'de' | 'cs' | 'en';
export interface Text {
  language: Language;
  /** Where it comes from: file and key path, or node id and property. */
  where: string;
  text: string;
}

const root = join(import.meta.dirname, '..', '..');
const glossary = readFileSync(join(root, 'docs', 'glossary.md'), 'utf8');

/** The rows of the table under a `## heading`, each as its cells (header and rule lines left out). */
export function table(heading: string): string[][] {
  const start = glossary.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`glossary: no section "## ${heading}"`);
  const section = glossary.slice(start + 1).split(/\n## /)[0]!;
  const rows = section
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map((line) => line.slice(1, -1).split('|').map((cell) => cell.trim()));
  return rows.slice(2);
}

/** The backticked forms of a cell. */
export const forms = (cell: string | undefined) => [...(cell ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1]!);

/**
 * A form as a pattern: `*` stands for any letters, a lower-case first letter also matches its capital,
 * and the form must stand as whole words.
 */
export function pattern(form: string): RegExp {
  const escaped = [...form]
    .map((ch, i) => {
      if (ch === '*') return '\\p{L}*';
      const quoted = ch.replace(/[.?+^$()[\]{}|\\/]/g, '\\$&');
      return i === 0 && ch !== ch.toUpperCase() ? `[${ch}${ch.toUpperCase()}]` : quoted;
    })
    .join('');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u');
}

export interface Rule {
  language: Language;
  avoid: RegExp[];
  except: RegExp[];
  label: string;
}

/** Whether a text breaks a rule: an avoided form is left once the allowed ones are taken out. */
export function breaks(rule: Rule, text: string): boolean {
  let rest = text;
  for (const allowed of rule.except) rest = rest.replace(new RegExp(allowed.source, 'gu'), ' ');
  return rule.avoid.some((avoided) => avoided.test(rest));
}

export function avoidRules(): Rule[] {
  return table('Forms to avoid').map(([language, avoid, except]) => ({
    language: language as Language,
    avoid: forms(avoid).map(pattern),
    except: forms(except).map(pattern),
    label: `${language}: ${avoid}`,
  }));
}

const isLanguage = (name: string): name is Language => name === 'de' || name === 'cs' || name === 'en';

/** The language a file names: a folder or file `de`, `cs` or `en` (web/src/lib/i18n/cs/index.ts, de.ts). */
const fileLanguage = (file: string[]) => file.map((s) => s.replace(/\.ts$/, '')).findLast(isLanguage);

/** The language a key path names: a key `de`/`cs`/`en`, or a key ending in De/Cs/En (nameCs). */
function keyLanguage(path: string[]): Language | undefined {
  for (const key of [...path].reverse()) {
    if (isLanguage(key)) return key;
    const suffix = /(De|Cs|En)$/.exec(key);
    if (suffix) return suffix[1]!.toLowerCase() as Language;
  }
  return undefined;
}

/** What a text function is called with: every parameter reads as a number, which any text can show. */
const anyParameters = new Proxy({}, { get: (_target, key) => (key === Symbol.toPrimitive ? () => 2 : 2) });

function walk(value: unknown, path: string[], out: Text[], file: string[]): void {
  if (typeof value === 'function' && value.length <= 2) {
    // A text with parameters (`(p) => \`… ${p.email}\``) is read as it reads with some values.
    let text: unknown;
    try {
      text = (value as (...args: unknown[]) => unknown)(anyParameters, anyParameters);
    } catch {
      text = undefined; // a function of other things than texts
    }
    if (typeof text === 'string') walk(text, path, out, file);
  } else if (typeof value === 'string') {
    const language = fileLanguage(file) ?? keyLanguage(path);
    if (language) out.push({ language, where: `${file.join('/')} ${path.join('.')}`, text: value });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => walk(item, [...path, String(i)], out, file));
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) walk(item, [...path, key], out, file);
  }
}

/** Every string a module exports whose language its key or file path tells. */
async function moduleTexts(file: string): Promise<Text[]> {
  const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  const out: Text[] = [];
  const segments = relative(root, file).split(sep);
  for (const [name, value] of Object.entries(module)) walk(value, name === 'default' ? [] : [name], out, segments);
  return out;
}

const sourceFiles = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('.d.ts'))
        .map((f) => join(dir, f))
    : [];

/** The web dictionaries (web/src/lib/i18n/<locale>/), the server's texts (server/src/i18n/) and those of its documents (*-texts.ts, such as the PDF report's). */
export async function dictionaryTexts(): Promise<{ web: Text[]; server: Text[]; documents: Text[] }> {
  const webDir = join(root, 'web', 'src', 'lib', 'i18n');
  const web = (
    await Promise.all(
      readdirSync(webDir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => moduleTexts(join(webDir, d.name, 'index.ts'))),
    )
  ).flat();
  const server = (await Promise.all(sourceFiles(join(root, 'server', 'src', 'i18n')).map(moduleTexts))).flat();
  const documentFiles = sourceFiles(join(root, 'server', 'src')).filter((f) => f.endsWith('-texts.ts'));
  const documents = (await Promise.all(documentFiles.map(moduleTexts))).flat();
  return { web, server, documents };
}

/** The hand-written reference data (seed/src/reference/), as its modules export it. */
export async function referenceTexts(): Promise<Text[]> {
  return (await Promise.all(sourceFiles(join(root, 'seed', 'src', 'reference')).map(moduleTexts))).flat();
}

/** The texts of a data set's nodes: nameDe/nameCs/nameEn, descriptionDe/…, and any other property so named. */
export function datasetTexts(dataset: Dataset): Text[] {
  const out: Text[] = [];
  for (const [label, rows] of Object.entries(dataset.nodes)) {
    for (const row of rows) {
      for (const [key, value] of Object.entries(row.props)) {
        const language = keyLanguage([key]);
        if (language && typeof value === 'string') out.push({ language, where: `${label} ${row.id} ${key}`, text: value });
      }
    }
  }
  return out;
}
