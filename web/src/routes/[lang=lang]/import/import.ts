// Upload of an import file for preview or apply, reading the server's progress lines as they come.
import { ApiError, errorFrom, sheetType, writeHeaders } from '$lib/api/client';

export type Outcome = 'create' | 'change' | 'unchanged';
export type ImportTable = 'actors' | 'products' | 'links' | 'persons';

export interface ImportResult {
  file: string;
  applied: boolean;
  rows: number;
  counts: Record<ImportTable, Record<Outcome | 'reject', number>>;
  examples: { table: ImportTable; line: number; outcome: Outcome; id: string | null; label: string; matchedBy: 'id' | 'name-town' | 'name-actor' | null }[];
  rejected: { table: ImportTable; line: number; sheet: string | null; problems: { column: string; reason: string; message: string }[] }[];
  audited: number;
}

export async function uploadImport(step: 'preview' | 'apply', file: File, lang: string, onProgress: (rows: number) => void): Promise<ImportResult> {
  const type = sheetType(file);
  const url = `/api/imports/${step}?file=${encodeURIComponent(file.name)}&lang=${lang}`;
  let response: Response;
  try {
    response = await fetch(url, { method: 'POST', body: file, headers: { ...writeHeaders(), 'content-type': type, accept: 'application/x-ndjson' } });
  } catch (error) {
    throw new ApiError(0, 'NETWORK', error instanceof Error ? error.message : String(error));
  }
  if (!response.ok || !response.body) throw await errorFrom(response);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (value) buffered += value;
    let newline = buffered.indexOf('\n');
    while (newline >= 0) {
      const line = JSON.parse(buffered.slice(0, newline)) as { progress?: { rows: number }; result?: ImportResult; error?: { statusCode: number; code: string; message: string; field?: string } };
      buffered = buffered.slice(newline + 1);
      if (line.progress) onProgress(line.progress.rows);
      if (line.result) return line.result;
      if (line.error) throw new ApiError(line.error.statusCode, line.error.code as never, line.error.message, line.error.field);
      newline = buffered.indexOf('\n');
    }
    if (done) throw new ApiError(0, 'UNKNOWN', 'import: the answer ended without a result');
  }
}
