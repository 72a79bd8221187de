// Who is signed in, for the whole app: asked once when the app opens, replaced on sign-in and
// sign-out. The CSRF token of the session goes to the fetch wrapper, which sends it with writes.
// What a person may do is decided by the server; `may*` only keeps buttons away that would fail.
import { setCsrfToken } from '$lib/api/client';
import { api } from '$lib/api/endpoints';
import type { EntityKind, Me, SessionAnswer } from '$lib/api/types';

/** A firm or institute the account belongs to, as the account menu links to it. */
export interface OwnActor {
  id: string;
  name: string;
  kind: 'firm' | 'institute';
}

class Session {
  user = $state.raw<Me | null>(null);
  /** False until the server has said who is signed in. */
  known = $state(false);
  /** The account's firms and institutes with their names, once looked up. */
  firms = $state.raw<OwnActor[]>([]);
  /** How many claims wait for the account's answer (null until asked). */
  inboxCount = $state<number | null>(null);

  adopt(answer: SessionAnswer): void {
    this.user = answer.user;
    this.known = true;
    setCsrfToken(answer.csrfToken);
    this.firms = [];
    this.inboxCount = null;
    if (answer.user) {
      void this.lookUpFirms(answer.user.firmIds);
      void this.refreshInbox();
    }
  }

  async refreshInbox(): Promise<void> {
    if (!this.user) return;
    this.inboxCount = await api.inbox().then(
      (inbox) => inbox.claims.length,
      () => null,
    );
  }

  /** The session names its firms by id only: each is a firm or else an institute. */
  private async lookUpFirms(ids: string[]): Promise<void> {
    const found = await Promise.all(
      ids.map(async (id) => {
        for (const kind of ['firm', 'institute'] as const) {
          const entity = await api.entity(kind, id).catch(() => undefined);
          if (entity) return { id, name: entity.name, kind };
        }
        return undefined;
      }),
    );
    this.firms = found.filter((f) => f !== undefined);
  }

  async load(): Promise<void> {
    try {
      this.adopt(await api.session());
    } catch {
      this.adopt({ user: null });
    }
  }

  async signOut(): Promise<void> {
    await api.signOut().catch(() => undefined);
    this.adopt({ user: null });
  }

  get isStaff(): boolean {
    return this.user?.role === 'staff' || this.user?.role === 'admin';
  }

  /** Staff edit every profile; members their own firm's or institute's. */
  mayEditProfile(kind: EntityKind, id: string): boolean {
    if (!this.user) return false;
    if (this.isStaff) return true;
    return (kind === 'firm' || kind === 'institute') && this.user.firmIds.includes(id);
  }
}

export const session = new Session();
