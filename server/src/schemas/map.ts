import { Type, type Static } from '@sinclair/typebox';

export const MapBackground = Type.Object({
  tiles: Type.Array(Type.String(), { description: 'Tile URL templates with {z}, {x} and {y}' }),
  tileSize: Type.Number(),
  minZoom: Type.Number(),
  maxZoom: Type.Number(),
  attribution: Type.String({ description: 'To be shown on the map, as the tile provider asks' }),
});
export type MapBackground = Static<typeof MapBackground>;

export const MapSettings = Type.Object({ background: Type.Union([MapBackground, Type.Null()]) });
