// What the web app draws under its map besides the shipped outlines: the tile background of
// MAP_STYLE_URL, resolved at start (map-background.ts), or null.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { MapSettings, type MapBackground } from '../../../schemas/map';
import { NoQuery, errorResponses } from '../../../schemas/common';

const routes: FastifyPluginAsyncTypebox<{ background: MapBackground | null }> = async (app, { background }) => {
  app.get(
    '/api/map',
    {
      config: { access: 'visitor' },
      schema: {
        tags: ['network'],
        summary: 'The tile background configured for the map',
        description: 'Null unless the server was started with MAP_STYLE_URL; the district outlines ship with the web app.',
        querystring: NoQuery,
        response: { 200: MapSettings, ...errorResponses(400) },
      },
    },
    async () => ({ background }),
  );
};
export default routes;
