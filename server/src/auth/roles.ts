// Who someone is to the service. A visitor is `null`; everyone signed in has one role and the firms
// (or institutes) their account belongs to. Roles are ordered: each may do what the one below may.
export const roles = ['member', 'staff', 'admin'] as const;
export type Role = (typeof roles)[number];

export interface AuthUser {
  id: string;
  role: Role;
  /** Firms and institutes the account belongs to: what a member may edit. */
  firmIds: string[];
}

const rank: Record<Role | 'visitor', number> = { visitor: 0, member: 1, staff: 2, admin: 3 };

/** Whether `user` (null: a visitor) has at least `role`. */
export function hasRole(user: AuthUser | null, role: Role | 'visitor'): boolean {
  return rank[user?.role ?? 'visitor'] >= rank[role];
}
