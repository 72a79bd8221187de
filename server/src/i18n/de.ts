// Server texts in German: the base every other language is typed against. Messages of error answers;
// `code` stays the machine-readable part, these are what a person reads.
import type { JsonType, Plural } from './plural';

export type NodeKind = 'firm' | 'institute' | 'organisation' | 'product' | 'sector' | 'region' | 'event' | 'meeting' | 'registration' | 'actor' | 'node' | 'person' | 'token' | 'auditEntry' | 'account' | 'invitation';

const noSuch: Record<NodeKind, string> = {
  firm: 'keine Firma',
  institute: 'keine Forschungseinrichtung',
  organisation: 'keine Organisation',
  product: 'kein Produkt',
  sector: 'keine Branche',
  region: 'keine Region',
  event: 'keine Veranstaltung',
  meeting: 'kein Gespräch',
  registration: 'keine Anmeldung',
  actor: 'keinen Akteur',
  node: 'keinen Eintrag',
  person: 'keine Kontaktperson',
  token: 'keinen API-Schlüssel',
  auditEntry: 'keinen Protokolleintrag',
  account: 'kein Konto',
  invitation: 'keine Einladung',
};

const kindName: Record<NodeKind, string> = {
  firm: 'Firma',
  institute: 'Forschungseinrichtung',
  organisation: 'Organisation',
  product: 'Produkt',
  sector: 'Branche',
  region: 'Region',
  event: 'Veranstaltung',
  meeting: 'Gespräch',
  registration: 'Anmeldung',
  actor: 'Akteur',
  node: 'Eintrag',
  person: 'Kontaktperson',
  token: 'API-Schlüssel',
  auditEntry: 'Protokolleintrag',
  account: 'Konto',
  invitation: 'Einladung',
};

const typeNames: Record<JsonType, string> = {
  string: 'ein Text',
  integer: 'eine ganze Zahl',
  number: 'eine Zahl',
  boolean: 'true oder false',
  object: 'ein Objekt',
  array: 'eine Liste',
  null: 'null',
};

const characters: Plural = { one: 'Zeichen', other: 'Zeichen' };
const entries: Plural = { one: 'Eintrag', other: 'Einträge' };
const links: Plural = { one: 'Verbindung', other: 'Verbindungen' };
const supplies: Plural = { one: 'Lieferbeziehung', other: 'Lieferbeziehungen' };

export const de = {
  plural: { characters, entries, links, supplies, seconds: { one: 'Sekunde', other: 'Sekunden' } as Plural },
  validation: {
    field: (name: string) => `Das Feld „${name}“`,
    type: (p: { expected: JsonType }) => `muss ${typeNames[p.expected]} sein.`,
    required: 'fehlt.',
    additionalProperties: 'ist hier nicht vorgesehen.',
    minLength: (p: { limit: string; unit: string }) => `muss mindestens ${p.limit} ${p.unit} lang sein.`,
    maxLength: (p: { limit: string; unit: string }) => `darf höchstens ${p.limit} ${p.unit} lang sein.`,
    minimum: (p: { limit: string }) => `muss mindestens ${p.limit} sein.`,
    maximum: (p: { limit: string }) => `darf höchstens ${p.limit} sein.`,
    minItems: (p: { limit: string; unit: string }) => `braucht mindestens ${p.limit} ${p.unit}.`,
    maxItems: (p: { limit: string; unit: string }) => `darf höchstens ${p.limit} ${p.unit} haben.`,
    minProperties: 'braucht mindestens eine Angabe.',
    oneOf: (p: { values: string }) => `muss einer dieser Werte sein: ${p.values}.`,
    format: { date: 'muss ein Datum im Format JJJJ-MM-TT sein.', other: 'hat nicht die erwartete Form.' },
    pattern: {
      id: 'darf nur Buchstaben, Ziffern und . _ : - enthalten (höchstens 64 Zeichen).',
      visible: 'muss mindestens ein sichtbares Zeichen enthalten.',
      website: 'muss mit http:// oder https:// beginnen.',
      other: 'hat nicht die erwartete Form.',
    },
    invalid: 'ist ungültig.',
    input: 'Die Eingabe',
  },
  request: {
    invalidJson: 'Der Inhalt der Anfrage ist kein gültiges JSON.',
    emptyBody: 'Die Anfrage braucht einen Inhalt (JSON).',
    badUrl: 'Die Adresse ist nicht korrekt kodiert.',
    unsupportedMediaType: 'Diese Art von Inhalt wird nicht angenommen; senden Sie JSON (application/json).',
    payloadTooLarge: 'Die Anfrage ist zu groß.',
    methodNotAllowed: (p: { method: string; allowed: string }) => `${p.method} ist hier nicht möglich; erlaubt: ${p.allowed}.`,
    noRoute: (p: { method: string; path: string }) => `Die Schnittstelle kennt ${p.method} ${p.path} nicht.`,
    rateLimited: (p: { seconds: string; unit: string }) => `Zu viele Anfragen. Bitte versuchen Sie es in ${p.seconds} ${p.unit} erneut.`,
  },
  access: {
    unauthenticated: 'Bitte melden Sie sich zuerst an.',
    tokenUnknown: 'Dieser API-Schlüssel ist unbekannt oder nicht mehr gültig.',
    forbidden: 'Dafür fehlt Ihrem Konto die Berechtigung.',
    csrf: 'Eine Änderung mit dem Sitzungs-Cookie braucht in der Kopfzeile x-csrf-token den CSRF-Schlüssel dieser Sitzung.',
    invalidCredentials: 'E-Mail-Adresse oder Passwort stimmt nicht.',
    linkInvalid: 'Dieser Link wurde bereits verwendet oder ist abgelaufen.',
    passwordTooShort: (p: { min: number }) => `Das Passwort muss mindestens ${p.min} Zeichen lang sein.`,
    passwordTooLong: (p: { max: number }) => `Das Passwort darf höchstens ${p.max} Zeichen lang sein.`,
    emailTaken: (p: { email: string }) => `Ein Konto mit der E-Mail-Adresse ${p.email} gibt es bereits.`,
    noFirm: (p: { id: string }) => `Es gibt keine Firma und keine Forschungseinrichtung mit der Kennung „${p.id}“.`,
    tokenRoleTooHigh: 'Ein API-Schlüssel kann keine höhere Rolle haben als sein Konto.',
    auditNodeOrUser: 'Fragen Sie entweder nach einem Eintrag (node) oder nach einem Konto (user).',
    undoDone: 'Diese Änderung wurde bereits rückgängig gemacht.',
    undoErase: 'Eine Löschung auf Antrag kann nicht rückgängig gemacht werden.',
    undoKind: 'Änderungen dieser Art können hier nicht rückgängig gemacht werden.',
    undoNewer: 'Das lässt sich nicht mehr rückgängig machen: Eine neuere Änderung betrifft dieselben Angaben.',
    notClaimed: 'Diese Verbindung wartet nicht auf eine Bestätigung.',
    currentPasswordWrong: 'Das bisherige Passwort stimmt nicht.',
    lastAdmin: 'Das letzte Administratorkonto kann seine Rolle nicht abgeben.',
    invitationExpired: 'Diese Einladung ist abgelaufen. Bitten Sie um eine neue.',
  },
  errors: {
    notFound: (p: { kind: NodeKind; id: string }) => `Es gibt ${noSuch[p.kind]} mit der Kennung „${p.id}“.`,
    noLink: (p: { type: string; from: string; to: string }) => `Es gibt keine Verbindung ${p.type} von „${p.from}“ zu „${p.to}“.`,
    invalidRelationship: (p: { type: string; from: NodeKind; to: NodeKind }) =>
      `${p.type} kann nicht ${kindName[p.from]} und ${kindName[p.to]} verbinden.`,
    suppliesNeedsProduct: 'Eine Lieferbeziehung (SUPPLIES) braucht das gelieferte Produkt.',
    duplicate: 'Einen Eintrag mit dieser Kennung gibt es schon.',
    tooComplex: 'Die Abfrage war zu aufwendig. Grenzen Sie sie ein (weniger Stufen, Filter).',
    databaseUnavailable: 'Die Datenbank ist gerade nicht erreichbar. Bitte versuchen Sie es gleich noch einmal.',
    internal: 'Auf unserer Seite ist ein Fehler aufgetreten.',
    notNeeded: (p: { firm: string; product: string }) => `Die Firma „${p.firm}“ hat das Produkt „${p.product}“ nicht als Bedarf angegeben.`,
    whatIfNeedsId: { firm: 'Geben Sie an, welche Firma wegfällt (id).', district: 'Geben Sie an, welcher Kreis wegfällt (id).' },
    areaNeeded: 'Geben Sie eine Branche, eine Region oder ein Cluster an.',
    sameFirm: 'from und to müssen zwei verschiedene Firmen bezeichnen.',
    selfLink: 'Ein Eintrag kann nicht mit sich selbst verbunden werden.',
    inUse: (p: { id: string; count: string; unit: string; uses: string }) =>
      `Der Eintrag „${p.id}“ wird noch verwendet: ${p.count} ${p.unit} (${p.uses}). Entfernen Sie diese zuerst.`,
    suppliesRestOnLink: (p: { count: string; unit: string; uses: string }) =>
      `An dieser Verbindung hängen noch ${p.count} ${p.unit} (${p.uses}). Entfernen Sie diese zuerst.`,
  },
  mail: {
    invitationSubject: 'Einladung zum Grenzland-Netz',
    invitationText: (p: { firms: string; link: string; expiresAt: string }) =>
      `Guten Tag,\n\nSie sind eingeladen, das Profil von ${p.firms} im Grenzland-Netz zu pflegen, der Plattform für Lieferketten und Kooperation im sächsisch-tschechischen Grenzraum.\n\nÖffnen Sie diesen Link, geben Sie Ihren Namen an und wählen Sie ein Passwort (gültig bis ${p.expiresAt}, nur einmal verwendbar):\n${p.link}\n\nWenn Sie diese Einladung nicht erwartet haben, können Sie diese E-Mail ignorieren.`,
    resetSubject: 'Neues Passwort für das Grenzland-Netz',
    resetText: (p: { link: string }) =>
      `Guten Tag,\n\nÜber diesen Link wählen Sie ein neues Passwort (24 Stunden gültig, nur einmal verwendbar):\n${p.link}\n\nWenn Sie kein neues Passwort angefordert haben, können Sie diese E-Mail ignorieren; Ihr Passwort bleibt dann unverändert.`,
  },
  exports: {
    scopeNeedsId: (p: { scope: string }) => `Für die Auswahl „${p.scope}“ braucht es eine Kennung (id).`,
  },
  events: {
    notOffered: (p: { firm: string; product: string }) => `Die Firma „${p.firm}“ hat das Produkt „${p.product}“ nicht als Angebot angegeben.`,
    notRegistered: (p: { firm: string }) => `Die Firma „${p.firm}“ ist für diese Veranstaltung nicht angemeldet.`,
    slotOutOfRange: (p: { last: number }) => `Die Gesprächsrunden dieser Veranstaltung sind von 0 bis ${p.last} nummeriert.`,
    tableOutOfRange: (p: { last: number }) => `Die Tische dieser Veranstaltung sind von 0 bis ${p.last} nummeriert.`,
    requestNeedsText: 'Ein Kooperationswunsch braucht einen kurzen Text in mindestens einer Sprache.',
    onlyAcceptedPlaced: 'Nur ein angenommenes Gespräch kann eingeplant werden.',
    needsTimes: 'Die Veranstaltung braucht Beginn, Ende, die Länge der Gesprächsrunden und Tische, bevor ein Zeitplan entstehen kann.',
    pinClash: (p: { meeting: string }) => `Zwei fest eingeplante Gespräche teilen sich einen Teilnehmer oder einen Tisch (Gespräch „${p.meeting}“). Verschieben Sie eines davon.`,
    onlyAcceptedOutcome: 'Nur ein angenommenes Gespräch hat ein Ergebnis.',
    notHeldNoOutcome: 'Ein Gespräch, das nicht stattgefunden hat, hat kein Ergebnis.',
    supplierNeedsProduct: 'Eine Lieferbeziehung braucht das Produkt.',
    supplierIsSide: 'Der Lieferant muss eine der beiden Firmen des Gesprächs sein.',
    productOnlyForSupplier: 'Produkt und Lieferant gehören nur zu einer Lieferbeziehung.',
  },
  imports: {
    empty: 'Die Datei ist leer.',
    unreadable: 'Diese Datei kann nicht gelesen werden. Bitte laden Sie eine CSV- oder XLSX-Datei hoch.',
    noTable: 'Keine Tabelle erkannt: die erste Zeile braucht die Spalten der Akteure, Produkte oder Verbindungen (siehe Vorlage).',
    missingColumns: (p: { columns: string }) => `Es fehlen Pflichtspalten: ${p.columns}.`,
  },
};

export type ServerTexts = typeof de;
