// Drafts: a firm or institute with `published = false`. A visitor never sees one by name in any
// answer; the members of its own firm and staff do. Every read query that can reach an actor takes
// the rule as one parameter, `$drafts`, built here from who asks:
//   null        every draft may be shown (staff and admins)
//   [ids]       only these drafts (a member's own firms; [] for a visitor)
// and keeps an actor `n` where
//   ($drafts IS NULL OR coalesce(n.published, true) OR n.id IN $drafts)
import { hasRole, type AuthUser } from './roles';

export type DraftRule = string[] | null;

/** The drafts `viewer` (null: a visitor) may see, as the `$drafts` query parameter. */
export function draftsVisibleTo(viewer: AuthUser | null): DraftRule {
  if (hasRole(viewer, 'staff')) return null;
  return viewer?.firmIds ?? [];
}

/** Whether `viewer` may see the actor `id` whose `published` flag is given (absent: published). */
export function maySeeActor(viewer: AuthUser | null, actor: { id: string; published?: boolean | null }): boolean {
  if (actor.published !== false) return true;
  const rule = draftsVisibleTo(viewer);
  return rule === null || rule.includes(actor.id);
}
