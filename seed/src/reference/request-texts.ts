// Short texts of the demo registrations' cooperation requests, one per type, in the three languages.
import type { cooperationRequestTypes } from '@grenzland/server/schemas/events';

type RequestType = (typeof cooperationRequestTypes)[number];

export const requestTexts: Record<RequestType, { textDe: string; textCs: string; textEn: string }> = {
  'product-offer': {
    textDe: 'Wir haben freie Kapazitäten und liefern auch kleine Serien kurzfristig an Kunden jenseits der Grenze.',
    textCs: 'Máme volné kapacity a krátkodobě dodáme i malé série zákazníkům za hranicí.',
    textEn: 'We have free capacity and deliver small series to customers across the border at short notice.',
  },
  'product-request': {
    textDe: 'Wir suchen einen zweiten Lieferanten in der Region, um nicht von einem einzigen abzuhängen.',
    textCs: 'Hledáme druhého dodavatele v regionu, abychom nebyli závislí na jediném.',
    textEn: 'We are looking for a second supplier in the region so as not to depend on a single one.',
  },
  partnership: {
    textDe: 'Wir suchen einen Partner für gemeinsame Angebote an größere Kunden auf beiden Seiten der Grenze.',
    textCs: 'Hledáme partnera pro společné nabídky větším zákazníkům na obou stranách hranice.',
    textEn: 'We are looking for a partner for joint offers to larger customers on both sides of the border.',
  },
  'rd-request': {
    textDe: 'Wir suchen eine Hochschule oder ein Institut für ein gefördertes Entwicklungsprojekt.',
    textCs: 'Hledáme vysokou školu nebo výzkumný ústav pro dotovaný vývojový projekt.',
    textEn: 'We are looking for a university or institute for a funded development project.',
  },
  'technology-offer': {
    textDe: 'Wir bieten ein erprobtes Prüfverfahren zur Lizenz oder als Dienstleistung an.',
    textCs: 'Nabízíme ověřenou zkušební metodu formou licence nebo jako službu.',
    textEn: 'We offer a proven testing method under licence or as a service.',
  },
};
