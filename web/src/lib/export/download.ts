// Downloads a file the API builds (report, tables, network files) or the browser makes (images):
// the name comes from the server's Content-Disposition, else the one given.
import { errorFrom, ApiError } from '$lib/api/client';

function nameFrom(header: string | null): string | undefined {
  const utf8 = header && /filename\*=UTF-8''([^;]+)/i.exec(header)?.[1];
  if (utf8) return decodeURIComponent(utf8);
  return (header && /filename="([^"]+)"/i.exec(header)?.[1]) || undefined;
}

export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Fetches `url` and saves the answer; throws the API's error (code, message) when it fails. */
export async function download(url: string, fallbackName: string, signal?: AbortSignal): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'NETWORK', error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) throw await errorFrom(response);
  const name = nameFrom(response.headers.get('content-disposition')) ?? fallbackName;
  saveBlob(await response.blob(), name);
  return name;
}

/** The name the server gives its files, for files made in the browser: Grenzland-Netz_<scope>_<lang>_<date>.<ext>. */
export function fileName(scope: string, lang: string, ext: string, date = new Date()): string {
  const safe = scope.normalize('NFC').replace(/[\\/:*?"<>|]+/g, '').replace(/[\s,;]+/g, '-').replace(/-+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
  return `Grenzland-Netz_${safe || 'Export'}_${lang}_${date.toISOString().slice(0, 10)}.${ext}`;
}
