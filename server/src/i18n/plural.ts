// Counted words choose their form by the locale's plural rules (Czech: 1 znak, 2 znaky, 5 znaků).
export interface Plural {
  one: string;
  few?: string;
  many?: string;
  other: string;
}

export type JsonType = 'string' | 'integer' | 'number' | 'boolean' | 'object' | 'array' | 'null';

const rules = new Map<string, Intl.PluralRules>();

export function pluralForm(locale: string, count: number, forms: Plural): string {
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = new Intl.PluralRules(locale)));
  const category = rule.select(count);
  return (category === 'one' || category === 'few' || category === 'many' ? forms[category] : undefined) ?? forms.other;
}
