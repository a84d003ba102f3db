import { createHash } from 'crypto';

export function contentDigest(body: string): string {
  return createHash('sha512').update(body).digest('hex');
}
