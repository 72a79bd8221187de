// Turns what a person types into a Lucene query for the full-text index. Their text is data, never
// syntax: special characters are escaped, and each word matches as a prefix or with one typo, so
// "spritzg" and "Spritzgus" both find "Spritzguss". Prefix and fuzzy terms bypass the index's
// analyzer, so they are folded here the way standard-folding folds the index ("vstřikování" ->
// "vstrikovani", "Straße" -> "strasse").
const special = /[+\-!(){}[\]^"~*?:\\/&|]/g;
const edges = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

export function toLuceneQuery(text: string): string | undefined {
  const words = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    // ASCII folding also spells ß as ss; NFD leaves it alone.
    .replace(/ß/g, 'ss')
    .split(/\s+/)
    // The index's tokenizer drops punctuation at a word's ends ("Co." is the token "co"), so must we.
    .map((word) => word.replace(special, '').replace(edges, '').toLowerCase())
    .filter((word) => word.length > 0)
    .slice(0, 8);
  if (words.length === 0) return undefined;
  return words.map((word) => (word.length >= 4 ? `(${word}* OR ${word}~1)` : `${word}*`)).join(' AND ');
}
