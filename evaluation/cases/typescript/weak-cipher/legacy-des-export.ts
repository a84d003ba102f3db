import { createCipheriv, randomBytes } from 'crypto';

export interface ExportJob {
  accountId: string;
  payload: Buffer;
}

const LEGACY_KEY: Buffer = Buffer.from(process.env.EXPORT_KEY ?? '', 'hex');

export function sealForPartner(job: ExportJob): Buffer {
  const iv = randomBytes(8);
  const cipher = createCipheriv('des-cbc', LEGACY_KEY, iv); // expect: weak-cipher
  return Buffer.concat([iv, cipher.update(job.payload), cipher.final()]);
}
