// OpenAPI document at /docs/json and Swagger UI at /docs, generated from the route schemas.
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fp from 'fastify-plugin';
import { ErrorResponse, NodeSummary } from '../../schemas/common';
import { EventSummary } from '../../schemas/events';

export default fp(
  async (app) => {
    app.addSchema(ErrorResponse);
    app.addSchema(NodeSummary);
    app.addSchema(EventSummary);
    await app.register(swagger, {
      openapi: {
        openapi: '3.0.3',
        info: {
          title: 'Grenzland-Netz API',
          description:
            'Supply-chain network of the Saxony–Czech border region (Interreg project "Glokalisierung – global denken, lokal handeln"): firms, institutes, organisations, products, sectors, regions, events and their links, stored in Neo4j.',
          version: '0.1.0',
        },
        tags: [
          { name: 'health', description: 'Is the service and its database up' },
          { name: 'auth', description: 'Sign-in, sessions and the first admin' },
          { name: 'contacts', description: 'Contact persons of firms, institutes and organisations, shown as their consent allows' },
          { name: 'audit', description: 'Who changed what and when, and undo (staff)' },
          { name: 'entities', description: 'Read and edit firms, institutes, organisations, products, sectors, regions, events' },
          { name: 'relationships', description: 'Links between nodes' },
          { name: 'search', description: 'Full-text search with filters' },
          { name: 'network', description: 'Ego and cluster networks for the explorer (graphology SerializedGraph)' },
          { name: 'paths', description: 'Multi-hop supplier paths, as steps: who buys what from whom' },
          { name: 'diversification', description: 'Alternative suppliers, ranked by a score with its parts, and institutes' },
          { name: 'risk', description: 'Single-source and concentration risk of a firm or an area' },
          { name: 'whatif', description: 'What if a firm, a district or the border drops out' },
          { name: 'matching', description: 'Trade partners across the border, cooperation candidates, institutes' },
        ],
      },
      refResolver: { buildLocalReference: (json, _base, _fragment, i) => String(json.$id ?? `def-${i}`) },
    });
    await app.register(swaggerUi, { routePrefix: '/docs' });
  },
  { name: 'swagger' },
);
