import { createHash } from 'crypto';

export function passwordDigest(password: string): string {
  return createHash('sha1').update(password).digest('hex'); // expect: weak-hash
}
