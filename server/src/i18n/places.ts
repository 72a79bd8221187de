// Saxon towns in Czech text by their established Czech names (docs/glossary.md, "Saxon places in
// Czech"); the data keeps one town name, the German one, as the firms write it. Every other town, and
// every town in German and English, keeps the name it has.
const czechNames: Record<string, string> = {
  Dresden: 'Drážďany',
  Chemnitz: 'Saská Kamenice',
  Görlitz: 'Zhořelec',
  Zittau: 'Žitava',
  Bautzen: 'Budyšín',
  Meißen: 'Míšeň',
};

/** A town's name for a reader of `lang`; null and empty stay as they are. */
export function townName<T extends string | null | undefined>(town: T, lang: string): T | string {
  if (!town || lang !== 'cs') return town;
  return Object.hasOwn(czechNames, town) ? czechNames[town]! : town;
}
