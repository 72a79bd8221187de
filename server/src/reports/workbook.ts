// A small workbook API over exceljs, for every spreadsheet the product writes (export tables, the
// import template, event lists): a sheet per table, the header row bold and frozen, column widths,
// filters on the header, and optional drop-down lists per column.
import ExcelJS from 'exceljs';

export type SheetCell = string | number | boolean | null;

export interface SheetColumn {
  key: string;
  header: string;
  width: number;
  /** Values offered in a drop-down list for the rows below the header. */
  choices?: readonly string[];
}

export interface Sheet {
  name: string;
  columns: SheetColumn[];
  rows: Record<string, SheetCell>[];
  /** Rows below the data that get the drop-down lists (the template leaves room to type). */
  choiceRows?: number;
}

/** Excel allows 31 characters and no []:*?/\ in a sheet name. */
const sheetName = (name: string) => name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);

export async function buildWorkbook(sheets: Sheet[], meta: { creator?: string; title?: string } = {}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = meta.creator ?? 'Grenzland-Netz';
  workbook.title = meta.title ?? '';
  workbook.created = new Date();
  for (const sheet of sheets) addSheet(workbook, sheet);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function addSheet(workbook: ExcelJS.Workbook, sheet: Sheet): void {
  const ws = workbook.addWorksheet(sheetName(sheet.name), { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = sheet.columns.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  ws.getRow(1).font = { bold: true };
  for (const row of sheet.rows) ws.addRow(row);
  if (sheet.columns.length > 0) {
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, sheet.rows.length + 1), column: sheet.columns.length } };
  }
  const last = Math.max(sheet.rows.length + 1, 1 + (sheet.choiceRows ?? 0));
  sheet.columns.forEach((column, index) => {
    if (!column.choices) return;
    const letter = ws.getColumn(index + 1).letter;
    // Excel keeps a list under 255 characters inline; ours are short.
    const formula = `"${column.choices.join(',')}"`;
    for (let r = 2; r <= last; r++) {
      ws.getCell(`${letter}${r}`).dataValidation = { type: 'list', allowBlank: true, formulae: [formula] };
    }
  });
}
