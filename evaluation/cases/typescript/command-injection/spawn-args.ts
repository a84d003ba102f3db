import { spawn } from 'child_process';
import { Request, Response } from 'express';

export function convert(req: Request, res: Response): void {
  const file = String(req.body.file);
  const child = spawn('convert', [`/uploads/${file}`, '-resize', '200x200', '/thumbs/out.png']);
  child.on('close', (code: number) => res.sendStatus(code === 0 ? 204 : 500));
}
