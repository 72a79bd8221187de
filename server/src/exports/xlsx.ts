// The export tables as one workbook: a sheet per table, headers the column keys (as the import reads them).
import { buildWorkbook, type Sheet } from '../reports/workbook';
import { tableColumns, tableNames, type TableName } from './columns';
import type { Tables } from './tables';

export function tableSheets(tables: Partial<Tables>, names: readonly (keyof Tables)[] = tableNames): Sheet[] {
  return names.map((name) => ({
    name,
    columns: tableColumns[name].map((c) => ({ key: c.key, header: c.key, width: c.width })),
    rows: tables[name] ?? [],
  }));
}

/** The contact list's sheet only where the viewer may see contacts (`withPersons`: staff). */
export const tablesWorkbook = (tables: Tables, title: string, withPersons: boolean) =>
  buildWorkbook(tableSheets(tables, withPersons ? [...tableNames, 'persons'] : tableNames), { title });
