import { execSync } from 'child_process';

const ALLOW_CUSTOM = false as const;

export function build(target: string): string {
  let cmd = 'make all';
  if (ALLOW_CUSTOM) {
    cmd = `make ${target}`;
  }
  return execSync(cmd).toString();
}
