import { createHash, randomBytes } from 'crypto';

export function inviteCode(): string {
  let code = '';
  for (let i = 0; i < 8; i++) {
    code += Math.floor(Math.random() * 10).toString(); // vuln: insecure-random
  }
  return code;
}

export function downloadToken(): string {
  return randomBytes(24).toString('base64url');
}

export function hashInvite(code: string): string {
  return createHash('md5').update(code).digest('hex'); // vuln: weak-hash
}

export function cacheKey(parts: string[]): string {
  return createHash('sha256').update(parts.join('|')).digest('hex');
}
