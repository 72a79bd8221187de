// Ids read from a page's URL, by one rule for every page: the API's id pattern, anything else
// dropped, so a hand-edited or truncated link opens the page without the broken part.
const idPattern = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

/** One id, or null when absent or malformed. */
export const idParam = (value: string | null): string | null => (value && idPattern.test(value) ? value : null);

/** A comma-separated list of ids: malformed ones dropped, each once, at most `max`. */
export const idListParam = (value: string | null, max = Infinity): string[] =>
  value ? [...new Set(value.split(',').filter((v) => idPattern.test(v)))].slice(0, max) : [];
