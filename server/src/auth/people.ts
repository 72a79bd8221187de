// What a role may see of a contact person: the one rule every answer, export and event list uses.
// A person's consent says who may see them: staff only, signed-in members, or everyone. Members
// of the firm a person belongs to see (and manage) that firm's persons whatever their consent.
import { hasRole, type AuthUser } from './roles';

export const consentLevels = ['staff', 'members', 'public'] as const;
export type Consent = (typeof consentLevels)[number];

/** The consent levels a viewer may see at any firm (null: a visitor). */
export function visibleConsents(viewer: AuthUser | null): Consent[] {
  if (!viewer) return ['public'];
  if (hasRole(viewer, 'staff')) return [...consentLevels];
  return ['members', 'public'];
}

/** Whether `viewer` may see a person with `consent` who belongs to `ofId`. */
export function maySeePerson(viewer: AuthUser | null, person: { consent: Consent; of: string }): boolean {
  if (viewer && viewer.firmIds.includes(person.of)) return true;
  return visibleConsents(viewer).includes(person.consent);
}

/** The same rule as query parameters, so a database query never loads a person the viewer may not see. */
export function personFilter(viewer: AuthUser | null): { consents: Consent[]; ownIds: string[] } {
  return { consents: visibleConsents(viewer), ownIds: viewer?.firmIds ?? [] };
}

/** Whether `viewer` may add, change or remove the persons of `ofId`. */
export function mayManagePersons(viewer: AuthUser | null, ofId: string): boolean {
  return viewer !== null && (hasRole(viewer, 'staff') || viewer.firmIds.includes(ofId));
}
