// Who may do what, in one place. Every route declares its rule next to its schema as
// `config: { access }`, and the access hook (access.ts) applies it:
//   'visitor'                 anyone, signed in or not
//   'member' | 'staff' | 'admin'   signed in with at least this role
//   { member: 'ownProfile' }  staff and admins always; a member only where the rule finds the target
//                             its own (scoped rules below, given the validated request)
import type { FastifyRequest } from 'fastify';
import type { ClaimBody } from '../schemas/claims';
import { relationshipRules, type RelationshipType } from '../schemas/relationships';
import { mayManagePersons } from './people';
import { hasRole, type AuthUser, type Role } from './roles';

export type Access = 'visitor' | Role | { member: ScopeName };

/** Relationship types a member may write from their own firm to anything it may point at. */
const ownSideTypes = new Set<RelationshipType>(['OFFERS', 'NEEDS', 'IN_SECTOR', 'LOCATED_IN', 'MEMBER_OF', 'ATTENDS']);
/** Relationship types between two actors: either end may enter them (the other side confirms). */
const twoSidedTypes = new Set<RelationshipType>(['SUPPLIES', 'COOPERATES_WITH']);

/** Whether a member may add or remove this link: one of their firms is the end it belongs to. */
export function mayWriteLink(user: AuthUser, link: { type: string; from: string; to: string }): boolean {
  if (hasRole(user, 'staff')) return true;
  if (!Object.hasOwn(relationshipRules, link.type)) return false;
  const type = link.type as RelationshipType;
  const own = (id: string) => user.firmIds.includes(id);
  if (twoSidedTypes.has(type)) return own(link.from) || own(link.to);
  return ownSideTypes.has(type) && own(link.from);
}

/**
 * The standing of a link someone enters: staff (and the system: imports, demo data) confirm it; a
 * member's link between their firm and one that is not theirs is a claim the other side confirms.
 */
export function standingFor(user: AuthUser | null, link: { type: string; from: string; to: string }): 'claimed' | 'confirmed' {
  if (!user || hasRole(user, 'staff')) return 'confirmed';
  const own = (id: string) => user.firmIds.includes(id);
  return twoSidedTypes.has(link.type as RelationshipType) && !(own(link.from) && own(link.to)) ? 'claimed' : 'confirmed';
}

/** Whether a member may edit the profile of this firm or institute. */
export function mayEditProfile(user: AuthUser, id: string): boolean {
  return hasRole(user, 'staff') || user.firmIds.includes(id);
}

/**
 * Whether `user` may confirm or reject a claimed link: staff always; a member where one of their
 * firms is an end that the account which entered the link does not belong to (the other side).
 * `entererFirms` is null when there is no such link: nothing for a member to answer.
 */
export function mayAnswerClaim(user: AuthUser, link: { from: string; to: string }, entererFirms: string[] | null): boolean {
  if (hasRole(user, 'staff')) return true;
  if (entererFirms === null) return false;
  return [link.from, link.to].some((id) => user.firmIds.includes(id) && !entererFirms.includes(id));
}

type ScopeRule = (user: AuthUser, request: FastifyRequest) => boolean | Promise<boolean>;

const scopes = {
  /** The firm or institute in the path is one of theirs. */
  ownProfile: (user, request) => mayEditProfile(user, (request.params as { id: string }).id),
  /** The link in the body has one of their firms at the end it belongs to. */
  ownLink: (user, request) => mayWriteLink(user, request.body as { type: string; from: string; to: string }),
  /** The new contact person belongs to one of their firms. */
  ownContactOf: (user, request) => mayManagePersons(user, (request.body as { of: string }).of),
  /** The firm in the body is one of theirs (registering it for an event). */
  ownFirmInBody: (user, request) => user.firmIds.includes((request.body as { firm: string }).firm),
  /** The firm in the query is one of theirs (its suggestions, meetings, agenda). */
  ownFirmInQuery: (user, request) => user.firmIds.includes((request.query as { firm?: string }).firm ?? ''),
  /** Their firm asks for a meeting; only staff add one that is accepted at once. */
  ownFirmAsks: (user, request) => {
    const body = request.body as { from: string; accepted?: boolean };
    return user.firmIds.includes(body.from) && !body.accepted;
  },
  /** Their firm was asked for the meeting and answers it; only staff pin meetings. */
  askedSideAnswers: async (user, request) => {
    const { id, meeting } = request.params as { id: string; meeting: string };
    const sides = await request.server.eventsRepository.meetingSides(id, meeting);
    return sides !== null && (request.body as { pin?: unknown }).pin === undefined && user.firmIds.includes(sides.to);
  },
  /** Their firm is one side of the meeting (recording its outcome). */
  meetingSide: async (user, request) => {
    const { id, meeting } = request.params as { id: string; meeting: string };
    const sides = await request.server.eventsRepository.meetingSides(id, meeting);
    return sides !== null && (user.firmIds.includes(sides.from) || user.firmIds.includes(sides.to));
  },
  /** The claimed link in the body is against one of their firms and was entered by the other side. */
  claimAgainstOwn: async (user, request) => {
    const body = request.body as ClaimBody;
    return mayAnswerClaim(user, body, (await request.server.claimsRepository.link(body))?.entererFirms ?? null);
  },
  /** The contact person in the path belongs to one of their firms. */
  ownContact: async (user, request) => {
    const person = await request.server.peopleRepository.find((request.params as { id: string }).id);
    return person !== null && mayManagePersons(user, person.of);
  },
} satisfies Record<string, ScopeRule>;

export type ScopeName = keyof typeof scopes;

/** The least role an access rule asks for before any scoped check. */
export function minimumRole(access: Access): Role | 'visitor' {
  return typeof access === 'string' ? access : 'member';
}

/** Whether a user who has the minimum role passes the scoped part of the rule. */
export async function passesScope(access: Access, user: AuthUser | null, request: FastifyRequest): Promise<boolean> {
  if (typeof access === 'string') return true;
  if (!user) return false;
  if (hasRole(user, 'staff')) return true;
  return scopes[access.member](user, request);
}
