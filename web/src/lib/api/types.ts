// The API's shapes, taken from the server's TypeBox schemas (type-only imports: nothing of the
// server reaches the bundle). Where a schema is built at run time and its static type is too loose,
// the shape is written out here and checked against /docs/json in tests/integration/web-api-client.test.ts.
import type { Static, TObject } from '@sinclair/typebox';
import type { Country, Language, NodeSummary } from '../../../../server/src/schemas/common';
import type { EntityKind, kinds } from '../../../../server/src/schemas/entities';
import type { RelationshipBody, RelationshipType } from '../../../../server/src/schemas/relationships';
import type { SearchHit, SearchQuery, SearchResult } from '../../../../server/src/schemas/search';
import type { ApiTokenSchema, CreatedToken as CreatedTokenSchema, Me, SessionResponse } from '../../../../server/src/schemas/auth';
import type { AuditEntry as AuditEntrySchema, AuditList } from '../../../../server/src/schemas/audit';
import type { Claim as ClaimSchema, ClaimBody, Inbox as InboxSchema } from '../../../../server/src/schemas/claims';
import type {
  CreatedInvitation as CreatedInvitationSchema,
  InvitationPreview as InvitationPreviewSchema,
  OpenInvitation as OpenInvitationSchema,
  UserSchema,
} from '../../../../server/src/schemas/invitations';
import type { NewPerson, Person, PersonChanges } from '../../../../server/src/schemas/people';

export type SessionAnswer = Static<typeof SessionResponse>;
export type { Me, NewPerson, Person, PersonChanges };
export type ApiToken = Static<typeof ApiTokenSchema>;
export type CreatedToken = Static<typeof CreatedTokenSchema>;
/** The schema builds its action union at run time, which loses the literals: written out here. */
export type AuditAction = 'create' | 'update' | 'delete' | 'link' | 'unlink' | 'erase';
export type AuditEntry = Omit<Static<typeof AuditEntrySchema>, 'action'> & { action: AuditAction };
/** What an audit entry names by id (link ends, products), with its names in de/cs/en. */
export type AuditName = Static<typeof AuditList>['names'][number];
export type Consent = Person['consent'];
export const consents = ['staff', 'members', 'public'] as const satisfies readonly Consent[];
export type { Country, EntityKind, Language, NodeSummary, RelationshipBody, RelationshipType, SearchHit, SearchQuery, SearchResult };

export const entityKinds = ['firm', 'institute', 'organisation', 'product', 'sector', 'region', 'event'] as const satisfies readonly EntityKind[];
export const isEntityKind = (value: unknown): value is EntityKind => entityKinds.includes(value as EntityKind);

export const firmSizes = ['micro', 'small', 'medium', 'large'] as const;
export type FirmSize = (typeof firmSizes)[number];
export const isFirmSize = (value: unknown): value is FirmSize => firmSizes.includes(value as FirmSize);

export const countries = ['DE', 'CZ'] as const satisfies readonly Country[];

/** The editable properties of a kind, exactly as the server validates them. */
export type EntityProps<K extends EntityKind> = Static<TObject<(typeof kinds)[K]['properties']>>;

export interface Relation {
  type: RelationshipType;
  direction: 'out' | 'in';
  other: NodeSummary;
  properties: Record<string, unknown>;
}

/** Every property any kind has, for code that handles entities of all kinds. */
type AnyProps = EntityProps<'firm'> &
  EntityProps<'institute'> &
  EntityProps<'organisation'> &
  EntityProps<'product'> &
  EntityProps<'sector'> &
  EntityProps<'region'> &
  EntityProps<'event'>;

export type Entity = Partial<AnyProps> & {
  id: string;
  kind: EntityKind;
  name: string;
  country?: string | null;
  updatedAt?: string;
  /** Firms and institutes: false for a draft, which only its members and staff see. */
  published?: boolean;
  relations: Relation[];
};

// People and trust: claims, invitations, accounts (the #10 API contract in the coordination notes).
export type Claim = Static<typeof ClaimSchema>;
export type Inbox = Static<typeof InboxSchema>;
/** Which link a confirmation or rejection is about. */
export type LinkKey = Static<typeof ClaimBody>;
export type OpenInvitation = Static<typeof OpenInvitationSchema>;
export type CreatedInvitation = Static<typeof CreatedInvitationSchema>;
export type InvitationPreview = Static<typeof InvitationPreviewSchema>;
export type UserAccount = Static<typeof UserSchema>;
