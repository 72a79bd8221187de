import { Type, type Static } from '@sinclair/typebox';
import { Country, Id, Page, Paging, LangQuery } from './common';
import { EntityKindSchema, FirmSize } from './entities';

export const SearchQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 200, description: 'Words in German, Czech or English', examples: ['Spritzguss'] })),
    kind: Type.Optional(EntityKindSchema),
    country: Type.Optional(Country),
    size: Type.Optional(FirmSize),
    region: Type.Optional(Type.String({ ...Id, description: 'NUTS code of a country, region or district' })),
    sector: Type.Optional(Type.String({ ...Id, description: 'NACE code at any level' })),
    ...Paging,
    ...LangQuery,
  },
  { additionalProperties: false },
);
export type SearchQuery = Static<typeof SearchQuery>;

export const SearchHit = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  name: Type.String(),
  nameDe: Type.Union([Type.String(), Type.Null()]),
  nameCs: Type.Union([Type.String(), Type.Null()]),
  nameEn: Type.Union([Type.String(), Type.Null()]),
  country: Type.Union([Type.String(), Type.Null()]),
  size: Type.Union([Type.String(), Type.Null()]),
  town: Type.Union([Type.String(), Type.Null()]),
  score: Type.Union([Type.Number(), Type.Null()]),
});
export type SearchHit = Static<typeof SearchHit>;

export const SearchResult = Page(SearchHit);
export type SearchResult = Static<typeof SearchResult>;
