// Patterns the schemas share, kept apart so validation messages can say which rule was broken.
export const patterns = {
  id: '^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$',
  /** At least one letter, digit, punctuation mark or symbol: not only spaces or invisible characters. */
  visible: '[\\p{L}\\p{N}\\p{P}\\p{S}]',
  website: '^https?://',
} as const;
