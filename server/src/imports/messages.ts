// Why an import row was refused, in the user's language. {detail} is the value at fault or what
// it conflicts with.
import type { Language } from '../schemas/common';
import type { Reason } from './check-cells';

export const reasonTexts: Record<Language, Record<Reason, string>> = {
  de: {
    REQUIRED: 'Pflichtfeld ist leer.',
    WRONG_TYPE: '„{detail}“ hat nicht die erwartete Form (Zahl, Datum JJJJ-MM-TT oder true/false).',
    NOT_ALLOWED: '„{detail}“ ist hier nicht erlaubt; bitte einen Wert aus der Liste wählen.',
    FORMULA: 'Die Zelle enthält eine Formel; bitte nur Werte einfügen.',
    BAD_ID: '„{detail}“ ist keine gültige Kennung (Buchstaben, Ziffern, . _ : -).',
    BAD_URL: '„{detail}“ ist keine Web-Adresse; sie beginnt mit http:// oder https://.',
    OUT_OF_RANGE: 'Der Wert liegt nicht im erlaubten Bereich {detail}.',
    TOO_LONG: 'Der Text ist zu lang.',
    UNKNOWN_DISTRICT: 'Den Kreis „{detail}“ gibt es nicht; erwartet wird ein NUTS-3-Code wie DED42 oder CZ041.',
    BAD_COUNTRY: 'Das Land „{detail}“ passt nicht: erlaubt sind DE und CZ, passend zum Kreis.',
    UNKNOWN_SECTOR: 'Die Branche „{detail}“ gibt es nicht; erwartet wird ein NACE-Code wie C25.62.',
    SIZE_REQUIRED: 'Für eine Firma ist die Größenklasse Pflicht.',
    TYPE_REQUIRED: 'Für Forschungseinrichtungen und Organisationen ist der Typ Pflicht ({detail}).',
    DUPLICATE_ID: 'Die Kennung „{detail}“ steht schon in einer früheren Zeile.',
    DUPLICATE_ROW: 'Diese Verbindung steht schon in Zeile {detail}.',
    KIND_MISMATCH: 'Unter der Kennung „{detail}“ ist schon etwas anderer Art erfasst.',
    AMBIGUOUS_MATCH: 'Name und Ort passen auf mehrere Einträge ({detail}); bitte die Kennung angeben.',
    UNKNOWN_ACTOR: 'Den Akteur „{detail}“ gibt es weder in der Datenbank noch in dieser Datei.',
    UNKNOWN_PRODUCT: 'Das Produkt „{detail}“ gibt es weder in der Datenbank noch in dieser Datei.',
    LINK_NOT_ALLOWED: 'Diese Verbindung ist zwischen diesen Arten nicht möglich ({detail}).',
    PRODUCT_REQUIRED: 'Eine Lieferbeziehung braucht das gelieferte Produkt.',
    SELF_LINK: 'Ein Akteur kann nicht mit sich selbst verbunden werden.',
  },
  cs: {
    REQUIRED: 'Povinné pole je prázdné.',
    WRONG_TYPE: '„{detail}“ nemá očekávaný tvar (číslo, datum RRRR-MM-DD nebo true/false).',
    NOT_ALLOWED: '„{detail}“ zde není povoleno; vyberte prosím hodnotu ze seznamu.',
    FORMULA: 'Buňka obsahuje vzorec; vkládejte prosím jen hodnoty.',
    BAD_ID: '„{detail}“ není platný identifikátor (písmena, číslice, . _ : -).',
    BAD_URL: '„{detail}“ není webová adresa; začíná http:// nebo https://.',
    OUT_OF_RANGE: 'Hodnota není v povoleném rozsahu {detail}.',
    TOO_LONG: 'Text je příliš dlouhý.',
    UNKNOWN_DISTRICT: 'Kraj „{detail}“ neexistuje; očekává se kód NUTS 3, např. DED42 nebo CZ041.',
    BAD_COUNTRY: 'Země „{detail}“ nesedí: povoleny jsou DE a CZ, odpovídající kraji.',
    UNKNOWN_SECTOR: 'Odvětví „{detail}“ neexistuje; očekává se kód NACE, např. C25.62.',
    SIZE_REQUIRED: 'U firmy je velikostní třída povinná.',
    TYPE_REQUIRED: 'U výzkumných institucí a organizací je typ povinný ({detail}).',
    DUPLICATE_ID: 'Identifikátor „{detail}“ už je v dřívějším řádku.',
    DUPLICATE_ROW: 'Tato vazba už je v řádku {detail}.',
    KIND_MISMATCH: 'Pod identifikátorem „{detail}“ je už evidováno něco jiného druhu.',
    AMBIGUOUS_MATCH: 'Název a obec odpovídají více záznamům ({detail}); uveďte prosím identifikátor.',
    UNKNOWN_ACTOR: 'Aktér „{detail}“ není v databázi ani v tomto souboru.',
    UNKNOWN_PRODUCT: 'Produkt „{detail}“ není v databázi ani v tomto souboru.',
    LINK_NOT_ALLOWED: 'Tato vazba mezi těmito druhy není možná ({detail}).',
    PRODUCT_REQUIRED: 'Dodavatelská vazba potřebuje dodávaný produkt.',
    SELF_LINK: 'Aktér nemůže mít vazbu sám na sebe.',
  },
  en: {
    REQUIRED: 'A required cell is empty.',
    WRONG_TYPE: '“{detail}” is not in the expected form (a number, a date YYYY-MM-DD or true/false).',
    NOT_ALLOWED: '“{detail}” is not allowed here; please pick a value from the list.',
    FORMULA: 'The cell holds a formula; please paste values only.',
    BAD_ID: '“{detail}” is not a valid id (letters, digits, . _ : -).',
    BAD_URL: '“{detail}” is not a web address; it starts with http:// or https://.',
    OUT_OF_RANGE: 'The value is outside the allowed range {detail}.',
    TOO_LONG: 'The text is too long.',
    UNKNOWN_DISTRICT: 'There is no district “{detail}”; a NUTS 3 code such as DED42 or CZ041 is expected.',
    BAD_COUNTRY: 'The country “{detail}” does not fit: DE and CZ are allowed, matching the district.',
    UNKNOWN_SECTOR: 'There is no sector “{detail}”; a NACE code such as C25.62 is expected.',
    SIZE_REQUIRED: 'A firm needs its size class.',
    TYPE_REQUIRED: 'Research institutes and organisations need their type ({detail}).',
    DUPLICATE_ID: 'The id “{detail}” is already in an earlier row.',
    DUPLICATE_ROW: 'This link is already in row {detail}.',
    KIND_MISMATCH: 'The id “{detail}” already belongs to something of another kind.',
    AMBIGUOUS_MATCH: 'Name and town match several entries ({detail}); please give the id.',
    UNKNOWN_ACTOR: 'The actor “{detail}” is neither in the database nor in this file.',
    UNKNOWN_PRODUCT: 'The product “{detail}” is neither in the database nor in this file.',
    LINK_NOT_ALLOWED: 'This link is not possible between these kinds ({detail}).',
    PRODUCT_REQUIRED: 'A supply link needs the product supplied.',
    SELF_LINK: 'An actor cannot be linked to itself.',
  },
};

export const reasonMessage = (lang: Language, reason: Reason, detail?: string) =>
  reasonTexts[lang][reason].replace('{detail}', detail ?? '');

/** Problems with the file as a whole (400 answers). */
export const fileTexts: Record<Language, Record<'UNREADABLE' | 'NO_TABLE' | 'MISSING_COLUMNS' | 'EMPTY', string>> = {
  de: {
    UNREADABLE: 'Die Datei lässt sich nicht lesen: bitte eine CSV- oder XLSX-Datei hochladen.',
    NO_TABLE: 'Keine Tabelle erkannt: die erste Zeile braucht die Spalten der Akteure, Produkte oder Verbindungen (siehe Vorlage).',
    MISSING_COLUMNS: 'Es fehlen Pflichtspalten: {detail}.',
    EMPTY: 'Die Datei ist leer.',
  },
  cs: {
    UNREADABLE: 'Soubor nelze přečíst: nahrajte prosím soubor CSV nebo XLSX.',
    NO_TABLE: 'Nebyla rozpoznána žádná tabulka: první řádek potřebuje sloupce aktérů, produktů nebo vazeb (viz šablona).',
    MISSING_COLUMNS: 'Chybí povinné sloupce: {detail}.',
    EMPTY: 'Soubor je prázdný.',
  },
  en: {
    UNREADABLE: 'The file cannot be read: please upload a CSV or XLSX file.',
    NO_TABLE: 'No table recognised: the first row needs the columns of actors, products or links (see the template).',
    MISSING_COLUMNS: 'Required columns are missing: {detail}.',
    EMPTY: 'The file is empty.',
  },
};
