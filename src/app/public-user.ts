import type { Role, UserRecord } from '../store/user-store.ts';

/** An account as the API and the CLI show it: never its password hash. */
export interface PublicUser {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  readonly createdAt: string;
}

export function publicUser(u: UserRecord): PublicUser {
  return { id: u.id, name: u.name, role: u.role, createdAt: u.createdAt };
}
