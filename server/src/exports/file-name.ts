// Download names people can sort and recognise: Grenzland-Netz_<scope>_<language>_<date>.<ext>,
// e.g. Grenzland-Netz_Erzgebirgskreis_cs_2026-12-01.pdf.
import type { ScopeData } from './scope-data';
import { localName } from './tables';

const wholeRegion = { de: 'Grenzregion', cs: 'Pohranici', en: 'Border-region' } as const;
const view = { de: 'Ansicht', cs: 'Pohled', en: 'View' } as const;

export function scopeTitle(data: ScopeData, lang: 'de' | 'cs' | 'en'): string {
  if (data.scope.names) return localName(data.scope.names, lang);
  return data.scope.kind === 'view' ? view[lang] : wholeRegion[lang];
}

export function fileName(data: ScopeData, lang: string, ext: string, date = new Date()): string {
  const first = (lang === 'de-cs' ? 'de' : lang) as 'de' | 'cs' | 'en';
  const scope = scopeTitle(data, first)
    .normalize('NFC')
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '')
    .replace(/[\s,;]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `Grenzland-Netz_${scope || 'Export'}_${lang}_${date.toISOString().slice(0, 10)}.${ext}`;
}

/** RFC 6266: an ASCII name for old clients and the exact UTF-8 one for the rest. */
export function contentDisposition(name: string): string {
  const ascii = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
