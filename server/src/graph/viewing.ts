// What a read answer may use, passed to its queries as two parameters: `$drafts`, the drafts the
// asker may see (auth/drafts.ts), and `$confirmedOnly`, whether only confirmed or verified supply
// and cooperation links count (a relationship `r` is then used where
// `(NOT $confirmedOnly OR r.standing IN ['confirmed', 'verified'])`).
import { draftsVisibleTo, type DraftRule } from '../auth/drafts';
import type { AuthUser } from '../auth/roles';

export interface Viewing {
  drafts: DraftRule;
  confirmedOnly: boolean;
}

export const viewingOf = (viewer: AuthUser | null, query: { confirmedOnly?: boolean } = {}): Viewing => ({
  drafts: draftsVisibleTo(viewer),
  confirmedOnly: query.confirmedOnly ?? false,
});
