// Every API call the web app makes, each declared once with its method and OpenAPI path template.
// `apiCalls` lists them so a test can check each one against the server's /docs/json.
import type { EntityKind } from '../../../../server/src/schemas/entities';
import { request, type Query } from './client';
import type {
  ApiToken,
  AuditEntry,
  AuditName,
  CreatedInvitation,
  CreatedToken,
  Entity,
  Inbox,
  InvitationPreview,
  Language,
  LinkKey,
  OpenInvitation,
  UserAccount,
  EntityProps,
  NewPerson,
  Person,
  PersonChanges,
  RelationshipBody,
  SearchQuery,
  SearchResult,
  SessionAnswer,
} from './types';

type Method = 'get' | 'post' | 'patch' | 'delete';
export const apiCalls: { method: Method; path: string }[] = [];

export function call(method: Method, path: string) {
  apiCalls.push({ method, path });
  return <T>(options: Parameters<typeof request>[2] = {}) => request<T>(method.toUpperCase(), path, options);
}

const kindPaths = {
  firm: 'firms',
  institute: 'institutes',
  organisation: 'organisations',
  product: 'products',
  sector: 'sectors',
  region: 'regions',
  event: 'events',
} as const satisfies Record<EntityKind, string>;

function entityCalls(kind: EntityKind) {
  const base = `/api/${kindPaths[kind]}`;
  return { list: call('get', base), get: call('get', `${base}/{id}`), patch: call('patch', `${base}/{id}`) };
}
const entities = Object.fromEntries(Object.keys(kindPaths).map((kind) => [kind, entityCalls(kind as EntityKind)])) as Record<
  EntityKind,
  ReturnType<typeof entityCalls>
>;

const searchCall = call('get', '/api/search');
const sessionCall = call('get', '/api/auth/session');
const signInCall = call('post', '/api/auth/sign-in');
const signOutCall = call('post', '/api/auth/sign-out');
const firstAdminCall = call('post', '/api/auth/first-admin');
const tokensCall = call('get', '/api/tokens');
const newTokenCall = call('post', '/api/tokens');
const revokeTokenCall = call('delete', '/api/tokens/{id}');
const contactsCall = call('get', '/api/contacts');
const newContactCall = call('post', '/api/contacts');
const changeContactCall = call('patch', '/api/contacts/{id}');
const removeContactCall = call('delete', '/api/contacts/{id}');
const linkCall = call('post', '/api/relationships');
const unlinkCall = call('delete', '/api/relationships');
const inboxCall = call('get', '/api/inbox');
const confirmCall = call('post', '/api/relationships/confirm');
const rejectCall = call('post', '/api/relationships/reject');
const verifyCall = call('post', '/api/relationships/verify');
const invitationsCall = call('get', '/api/invitations');
const inviteCall = call('post', '/api/invitations');
const revokeInvitationCall = call('delete', '/api/invitations/{id}');
const invitationCall = call('get', '/api/invitations/accept');
const acceptCall = call('post', '/api/invitations/accept');
const passwordCall = call('post', '/api/auth/password');
const resetCall = call('post', '/api/auth/reset');
const resetRequestCall = call('post', '/api/auth/reset-request');
const usersCall = call('get', '/api/users');
const updateUserCall = call('patch', '/api/users/{id}');
const resetLinkCall = call('post', '/api/users/{id}/reset-link');
const auditCall = call('get', '/api/audit');
const undoCall = call('post', '/api/audit/{id}/undo');

export type SearchParams = Partial<Omit<SearchQuery, 'kind'>> & { kind?: EntityKind };

export const api = {
  search: (query: SearchParams, signal?: AbortSignal) => searchCall<SearchResult>({ query: query as Query, signal }),

  list: (kind: EntityKind, query: Omit<SearchParams, 'kind'>, signal?: AbortSignal) =>
    entities[kind].list<SearchResult>({ query: query as Query, signal }),

  entity: (kind: EntityKind, id: string, signal?: AbortSignal) => entities[kind].get<Entity>({ params: { id }, signal }),

  session: () => sessionCall<SessionAnswer>(),
  signIn: (email: string, password: string) => signInCall<SessionAnswer>({ body: { email, password } }),
  signOut: () => signOutCall<void>(),
  firstAdmin: (body: { token: string; email: string; name: string; password: string; language: 'de' | 'cs' | 'en' }) =>
    firstAdminCall<SessionAnswer>({ body }),

  tokens: () => tokensCall<{ items: ApiToken[] }>(),
  createToken: (name: string) => newTokenCall<CreatedToken>({ body: { name } }),
  revokeToken: (id: string) => revokeTokenCall<void>({ params: { id } }),

  contacts: (of: string, signal?: AbortSignal) => contactsCall<{ items: Person[] }>({ query: { of }, signal }),
  addContact: (body: NewPerson) => newContactCall<Person>({ body }),
  changeContact: (id: string, body: PersonChanges) => changeContactCall<Person>({ params: { id }, body }),
  removeContact: (id: string) => removeContactCall<void>({ params: { id } }),

  link: (body: RelationshipBody) => linkCall<unknown>({ body }),
  unlink: (body: RelationshipBody) => unlinkCall<void>({ body }),

  inbox: (signal?: AbortSignal) => inboxCall<Inbox>({ signal }),
  confirmLink: (link: LinkKey) => confirmCall<unknown>({ body: link }),
  rejectLink: (link: LinkKey) => rejectCall<unknown>({ body: link }),
  verifyLink: (link: LinkKey) => verifyCall<unknown>({ body: link }),

  invitations: (signal?: AbortSignal) => invitationsCall<{ items: OpenInvitation[] }>({ signal }),
  invite: (body: { email: string; name?: string; firmIds: string[]; language: Language }) => inviteCall<CreatedInvitation>({ body }),
  revokeInvitation: (id: string) => revokeInvitationCall<void>({ params: { id } }),
  invitation: (token: string) => invitationCall<InvitationPreview>({ query: { token } }),
  acceptInvitation: (body: { token: string; name: string; password: string }) => acceptCall<SessionAnswer>({ body }),

  changePassword: (current: string, password: string) => passwordCall<unknown>({ body: { current, password } }),
  resetPassword: (token: string, password: string) => resetCall<unknown>({ body: { token, password } }),
  requestReset: (email: string) => resetRequestCall<unknown>({ body: { email } }),

  users: (signal?: AbortSignal) => usersCall<{ items: UserAccount[] }>({ signal }),
  updateUser: (id: string, body: { role?: UserAccount['role']; firmIds?: string[] }) => updateUserCall<unknown>({ params: { id }, body }),
  resetLink: (id: string) => resetLinkCall<{ link: string; expiresAt: string }>({ params: { id } }),

  /** `lang` so that the entries' texts and a refusal's message come in the page's language. */
  audit: (query: { node?: string; user?: string; lang: string }, signal?: AbortSignal) => auditCall<{ items: AuditEntry[]; names: AuditName[] }>({ query, signal }),
  undo: (id: string, lang: string) => undoCall<void>({ params: { id }, query: { lang } }),

  update: <K extends EntityKind>(kind: K, id: string, changes: Partial<EntityProps<K>> & { published?: boolean }) =>
    entities[kind].patch<Entity>({ params: { id }, body: changes }),
};
