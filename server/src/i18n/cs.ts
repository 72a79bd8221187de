// Server texts in Czech, typed against the German base.
import type { NodeKind, ServerTexts } from './de';
import type { JsonType, Plural } from './plural';

const kindName: Record<NodeKind, string> = {
  firm: 'Firma',
  institute: 'Výzkumná instituce',
  organisation: 'Organizace',
  product: 'Produkt',
  sector: 'Odvětví',
  region: 'Region',
  event: 'Akce',
  meeting: 'Jednání',
  registration: 'Přihláška',
  actor: 'Aktér',
  node: 'Záznam',
};

const typeNames: Record<JsonType, string> = {
  string: 'text',
  integer: 'celé číslo',
  number: 'číslo',
  boolean: 'true nebo false',
  object: 'objekt',
  array: 'seznam',
  null: 'null',
};

const characters: Plural = { one: 'znak', few: 'znaky', many: 'znaku', other: 'znaků' };
const entries: Plural = { one: 'položku', few: 'položky', many: 'položky', other: 'položek' };
const links: Plural = { one: 'vazba', few: 'vazby', many: 'vazby', other: 'vazeb' };
const supplies: Plural = { one: 'dodavatelský vztah', few: 'dodavatelské vztahy', many: 'dodavatelského vztahu', other: 'dodavatelských vztahů' };

export const cs: ServerTexts = {
  plural: { characters, entries, links, supplies, seconds: { one: 'sekundu', few: 'sekundy', many: 'sekundy', other: 'sekund' } },
  validation: {
    field: (name) => `Pole „${name}“`,
    type: (p) => `musí být ${typeNames[p.expected]}.`,
    required: 'chybí.',
    additionalProperties: 'zde není povoleno.',
    minLength: (p) => `musí mít alespoň ${p.limit} ${p.unit}.`,
    maxLength: (p) => `smí mít nejvýše ${p.limit} ${p.unit}.`,
    minimum: (p) => `musí být alespoň ${p.limit}.`,
    maximum: (p) => `smí být nejvýše ${p.limit}.`,
    minItems: (p) => `musí mít alespoň ${p.limit} ${p.unit}.`,
    maxItems: (p) => `smí mít nejvýše ${p.limit} ${p.unit}.`,
    minProperties: 'musí obsahovat alespoň jeden údaj.',
    oneOf: (p) => `musí být jedna z\u00a0těchto hodnot: ${p.values}.`,
    format: { date: 'musí být datum ve formátu RRRR-MM-DD.', other: 'nemá očekávaný tvar.' },
    pattern: {
      id: 'smí obsahovat jen písmena, číslice a\u00a0znaky . _ : - (nejvýše 64 znaků).',
      visible: 'musí obsahovat alespoň jeden viditelný znak.',
      website: 'musí začínat http:// nebo https://.',
      other: 'nemá očekávaný tvar.',
    },
    invalid: 'má neplatnou hodnotu.',
    input: 'Vstup',
  },
  request: {
    invalidJson: 'Obsah požadavku není platný JSON.',
    emptyBody: 'Požadavek potřebuje obsah (JSON).',
    badUrl: 'Adresa není správně zakódovaná.',
    unsupportedMediaType: 'Tento typ obsahu se nepřijímá; pošlete prosím JSON (application/json).',
    payloadTooLarge: 'Požadavek je příliš velký.',
    methodNotAllowed: (p) => `Metoda ${p.method} zde není povolena; povolené: ${p.allowed}.`,
    noRoute: (p) => `Rozhraní nezná ${p.method} ${p.path}.`,
    rateLimited: (p) => `Příliš mnoho požadavků. Zkuste to prosím znovu za ${p.seconds} ${p.unit}.`,
  },
  errors: {
    notFound: (p) => `${kindName[p.kind]} s\u00a0označením „${p.id}“ neexistuje.`,
    noLink: (p) => `Propojení ${p.type} z\u00a0„${p.from}“ do „${p.to}“ neexistuje.`,
    invalidRelationship: (p) => `Propojení ${p.type} nelze vytvořit mezi typy „${kindName[p.from]}“ a\u00a0„${kindName[p.to]}“.`,
    suppliesNeedsProduct: 'Dodavatelský vztah (SUPPLIES) potřebuje dodávaný produkt.',
    duplicate: 'Záznam s\u00a0tímto označením už existuje.',
    tooComplex: 'Dotaz byl příliš náročný. Zužte ho (méně úrovní, filtry).',
    databaseUnavailable: 'Databáze je právě nedostupná. Zkuste to prosím za chvíli znovu.',
    internal: 'Na naší straně došlo k\u00a0chybě.',
    notNeeded: (p) => `Firma „${p.firm}“ neuvedla produkt „${p.product}“ jako poptávku.`,
    whatIfNeedsId: { firm: 'Uveďte, která firma vypadne (id).', district: 'Uveďte, který okres či kraj vypadne (id).' },
    areaNeeded: 'Uveďte odvětví, region nebo klastr.',
    sameFirm: 'from a\u00a0to musí označovat dvě různé firmy.',
    selfLink: 'Záznam nelze propojit sám se sebou.',
    inUse: (p) => `Záznam „${p.id}“ se ještě používá: ${p.count} ${p.unit} (${p.uses}). Nejprve je odstraňte.`,
    suppliesRestOnLink: (p) => `Na tomto propojení ještě závisí ${p.count} ${p.unit} (${p.uses}). Nejprve je odstraňte.`,
  },
  exports: {
    scopeNeedsId: (p: { scope: string }) => `Výběr „${p.scope}“ potřebuje identifikátor (id).`,
  },
  events: {
    notOffered: (p) => `Firma „${p.firm}“ neuvádí produkt „${p.product}“ ve své nabídce.`,
    notRegistered: (p) => `Firma „${p.firm}“ není na tuto akci přihlášena.`,
    slotOutOfRange: (p) => `Kola jednání této akce jsou číslována od 0 do ${p.last}.`,
    tableOutOfRange: (p) => `Stoly této akce jsou číslovány od 0 do ${p.last}.`,
    requestNeedsText: 'Nabídka nebo poptávka spolupráce potřebuje krátký text alespoň v\u00a0jednom jazyce.',
    onlyAcceptedPlaced: 'Naplánovat lze jen přijaté jednání.',
    needsTimes: 'Než vznikne harmonogram, potřebuje akce začátek, konec, délku kola jednání a\u00a0počet stolů.',
    pinClash: (p) => `Dvě pevně naplánovaná jednání sdílejí účastníka nebo stůl (jednání „${p.meeting}“). Jedno z\u00a0nich přesuňte.`,
    onlyAcceptedOutcome: 'Výsledek může mít jen přijaté jednání.',
    notHeldNoOutcome: 'Jednání, které neproběhlo, nemá výsledek.',
    supplierNeedsProduct: 'Dodavatelský vztah potřebuje produkt.',
    supplierIsSide: 'Dodavatel musí být jednou z\u00a0obou firem jednání.',
    productOnlyForSupplier: 'Produkt a\u00a0dodavatel patří jen k\u00a0dodavatelskému vztahu.',
  },
};
