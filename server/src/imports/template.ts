// The import template: the four tables with their headers, one example row each and drop-down
// lists where a column takes fixed values, and a sheet explaining every column in German, Czech
// and English.
import type { Language } from '../schemas/common';
import { buildWorkbook, type Sheet } from '../reports/workbook';
import { importTables, tableColumns } from '../exports/columns';

const examples = {
  actors: {
    id: '',
    kind: 'firm',
    name: 'Muster Präzisionsteile GmbH',
    country: 'DE',
    district: 'DED42',
    town: 'Annaberg-Buchholz',
    sector: 'C25.62',
    size: 'small',
    employees: 35,
    founded: 1998,
    website: 'https://muster.example',
    certifications: 'ISO 9001',
    published: true,
  },
  products: { id: 'P-EXAMPLE', name: 'Drehteile', nameCs: 'Soustružené díly', nameEn: 'Turned parts', code: '25.62', codeSystem: 'CPA', category: 'machining' },
  links: { type: 'SUPPLIES', from: 'F-000001', to: 'F-000002', product: 'P-EXAMPLE', since: '2024-01-01', standing: 'confirmed' },
  persons: { id: '', of: 'F-000001', name: 'Jana Muster', function: 'Einkauf', email: 'jana.muster@muster.example', phone: '+49 3733 123456', languages: 'de; cs', consent: 'staff' },
};

const sheetTitles: Record<Language, { explain: string; table: string; column: string; required: string; values: string; yes: string }> = {
  de: { explain: 'Erläuterung', table: 'Tabelle', column: 'Spalte', required: 'Pflicht', values: 'Erlaubte Werte', yes: 'ja' },
  cs: { explain: 'Vysvětlivky', table: 'Tabulka', column: 'Sloupec', required: 'Povinné', values: 'Povolené hodnoty', yes: 'ano' },
  en: { explain: 'Explanations', table: 'Table', column: 'Column', required: 'Required', values: 'Allowed values', yes: 'yes' },
};

const readOnlyNote: Record<Language, string> = {
  de: ' (wird beim Import nicht gelesen)',
  cs: ' (import jej nečte)',
  en: ' (not read by the import)',
};

export function templateWorkbook(lang: Language): Promise<Buffer> {
  const titles = sheetTitles[lang];
  const sheets: Sheet[] = importTables.map((table) => ({
    name: table,
    // A list column (languages) takes several values: no drop-down that would allow only one.
    columns: tableColumns[table].map((c) => ({ key: c.key, header: c.key, width: c.width, choices: c.type === 'list' ? undefined : c.values })),
    rows: [examples[table]],
    choiceRows: 1000,
  }));
  const languages: Language[] = [lang, ...(['de', 'cs', 'en'] as const).filter((l) => l !== lang)];
  sheets.push({
    name: titles.explain,
    columns: [
      { key: 'table', header: titles.table, width: 10 },
      { key: 'column', header: titles.column, width: 15 },
      { key: 'required', header: titles.required, width: 9 },
      { key: 'values', header: titles.values, width: 28 },
      ...languages.map((l) => ({ key: l, header: l.toUpperCase(), width: 60 })),
    ],
    rows: importTables.flatMap((table) =>
      tableColumns[table].map((c) => ({
        table,
        column: c.key,
        required: c.required ? titles.yes : '',
        values: c.values?.join(', ') ?? '',
        ...Object.fromEntries(languages.map((l) => [l, c.description[l] + (c.readOnly && c.key !== 'country' ? readOnlyNote[l] : '')])),
      })),
    ),
  });
  return buildWorkbook(sheets, { title: 'Grenzland-Netz import' });
}
