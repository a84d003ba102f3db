import { promises as fsp } from 'fs';

export function saveDraft(path: string, body: string): void {
  fsp.writeFile(path, body); // expect: floating-promise
}
