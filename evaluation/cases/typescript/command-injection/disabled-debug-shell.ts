import { Request, Response } from 'express';
import { execSync } from 'child_process';

const ENABLE_DEBUG_SHELL = false;

export function debugShell(req: Request, res: Response) {
  if (ENABLE_DEBUG_SHELL) {
    const out = execSync(req.body.cmd as string);
    return res.send(out.toString());
  }
  res.status(404).end();
}
