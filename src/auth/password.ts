/**
 * Console password hashing: argon2id with OWASP's parameters (19 MiB of
 * memory, 2 passes, 1 lane). Hashes are PHC strings (`$argon2id$v=19$…`);
 * verification is the library's, which compares in constant time. Neither a
 * password nor a hash is ever logged or returned.
 */
import { Algorithm, hash, verify } from "@node-rs/argon2";

export const PASSWORD_HASH_OPTIONS = Object.freeze({
  algorithm: Algorithm.Argon2id,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
});

export function hashPassword(password: string): Promise<string> {
  return hash(password, PASSWORD_HASH_OPTIONS);
}

/** True when `password` is the one `hashed` was made from; false for a malformed hash. */
export async function verifyPassword(hashed: string, password: string): Promise<boolean> {
  try {
    return await verify(hashed, password);
  } catch {
    return false;
  }
}
