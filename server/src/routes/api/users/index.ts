// Accounts, for admins: the list, role and firm changes, and password reset links.
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ApiError } from '../../../errors';
import { Id, NoQuery, bodyErrors, errorResponses } from '../../../schemas/common';
import { ResetLink, UserChanges, UserSchema } from '../../../schemas/invitations';
import { accountLink } from '../../../plugins/app/account-links';

const tags = ['accounts'];
const Params = Type.Object({ id: Id });

const routes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/users',
    {
      config: { access: 'admin' },
      schema: { tags, summary: 'Every account with its role and firms', querystring: NoQuery, response: { 200: Type.Object({ items: Type.Array(UserSchema) }), ...errorResponses(400, 401, 403) } },
    },
    async () => ({ items: (await app.accountsRepository.listUsers()).map(({ firms, ...user }) => ({ ...user, firms: firms.map(({ id, name }) => ({ id, name })) })) }),
  );

  app.patch(
    '/api/users/:id',
    {
      config: { access: 'admin' },
      schema: {
        tags,
        summary: "Change an account's role or firms",
        description: "The account's sessions end, so the change applies at once. 409 LAST_ADMIN when the last admin would lose the role.",
        params: Params,
        querystring: NoQuery,
        body: UserChanges,
        response: { 200: UserSchema, ...errorResponses(...bodyErrors, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const { firms, ...user } = await app.accountsRepository.updateUser(request.params.id, request.body);
      return { ...user, firms: firms.map(({ id, name }) => ({ id, name })) };
    },
  );

  app.post(
    '/api/users/:id/reset-link',
    {
      config: { access: 'admin' },
      schema: {
        tags,
        summary: 'A one-time link that sets a new password for the account (valid for 24 hours)',
        description: 'For the admin to hand on; an earlier reset link of the account stops working.',
        params: Params,
        querystring: NoQuery,
        response: { 200: ResetLink, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const offer = await app.accountsRepository.offerReset(request.params.id);
      if (!offer) throw new ApiError(404, 'NOT_FOUND', (t) => t.errors.notFound({ kind: 'account', id: request.params.id }), '/params/id');
      return { link: accountLink(app.accountMail.publicUrl, offer.language, 'reset', offer.token), expiresAt: offer.expiresAt };
    },
  );
};
export default routes;
