import { promises as fsp } from 'fs';

export async function wordCount(path: string): Promise<number> {
  const text = await fsp.readFile(path, 'utf8');
  return text.split(/\s+/).length;
}
