import { createReadStream } from 'fs';
import { createInterface } from 'readline';

export async function countLines(path: string): Promise<number> {
  let n = 0;
  for await (const line of createInterface({ input: createReadStream(path) })) {
    if (line.trim().length > 0) {
      n++;
    }
  }
  return n;
}
