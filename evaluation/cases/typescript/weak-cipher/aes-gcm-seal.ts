import { createCipheriv, randomBytes } from 'crypto';

export function seal(key: Buffer, plaintext: string) {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return { iv, data, tag: cipher.getAuthTag() };
}
