// Texts of a participant's agenda (calendar file and PDF) in the three languages.
import type { Language } from '../schemas/common';

export const agendaTexts: Record<Language, { meetingWith: (who: string) => string; table: (n: number) => string }> = {
  de: { meetingWith: (who) => `Gespräch: ${who}`, table: (n) => `Tisch ${n}` },
  cs: { meetingWith: (who) => `Jednání: ${who}`, table: (n) => `Stůl ${n}` },
  en: { meetingWith: (who) => `Meeting: ${who}`, table: (n) => `Table ${n}` },
};
