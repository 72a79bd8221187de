// Passwords are kept as argon2id hashes (@node-rs/argon2: its binary ships in the npm package and
// hashes on libuv's thread pool, off the event loop). Parameters: OWASP's argon2id minimum
// (19 MiB, 2 passes, 1 lane).
import { hash, verify } from '@node-rs/argon2';

// The library's default algorithm is argon2id; its const enum cannot be named under verbatimModuleSyntax.
const options = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const minPasswordLength = 12;
export const maxPasswordLength = 200;

export const hashPassword = (password: string) => hash(password, options);

// Verifying against this when no account has the e-mail keeps sign-in from telling, by its time,
// which addresses have an account.
const unknownAccountHash = hashPassword('no account has this e-mail address');

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash ?? (await unknownAccountHash), password) && passwordHash !== null;
  } catch {
    return false;
  }
}

/** Why a new password is not acceptable, or null. */
export function passwordProblem(password: string): 'PASSWORD_TOO_SHORT' | 'PASSWORD_TOO_LONG' | null {
  if ([...password].length < minPasswordLength) return 'PASSWORD_TOO_SHORT';
  if (password.length > maxPasswordLength) return 'PASSWORD_TOO_LONG';
  return null;
}
