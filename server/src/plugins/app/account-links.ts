// Links that carry a one-time token to a page of the web app: invitations and password resets.
// The token sits in the fragment, which browsers send to no server and no Referer carries. The
// links start from the configured public address (PUBLIC_URL), never from a request's Host header,
// so nobody can have a reset e-mail point elsewhere.
import fp from 'fastify-plugin';
import type { Mailer } from '../../auth/mail';
import type { Language } from './accounts-repository';

export const accountLink = (publicUrl: string, language: Language, page: 'invitation' | 'reset', token: string) =>
  `${publicUrl.replace(/\/+$/, '')}/${language}/${page}#${token}`;

declare module 'fastify' {
  interface FastifyInstance {
    accountMail: { mailer: Mailer | null; publicUrl: string };
  }
}

export default fp<{ mailer?: Mailer | null; publicUrl?: string }>(
  async (app, options) => {
    app.decorate('accountMail', { mailer: options.mailer ?? null, publicUrl: options.publicUrl ?? 'http://localhost:3000' });
  },
  { name: 'account-mail' },
);
