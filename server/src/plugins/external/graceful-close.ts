// Closing the app (SIGTERM, SIGINT) lets the requests in flight finish. Node's server.close() ends
// only the connections idle at that moment; a keep-alive connection whose request was in flight
// would stay open until the client lets go (72 s and more) and hold the shutdown. Once closing,
// every answer says `Connection: close`, so each connection ends with its last answer.
import fp from 'fastify-plugin';

export default fp(
  async (app) => {
    let closing = false;
    app.addHook('preClose', async () => {
      closing = true;
    });
    app.addHook('onSend', async (_request, reply) => {
      if (closing) reply.header('connection', 'close');
    });
  },
  { name: 'graceful-close' },
);
