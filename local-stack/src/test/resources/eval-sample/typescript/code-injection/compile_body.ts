import { Request, Response } from 'express';

export function compile(req: Request, res: Response): void {
  const body: string = req.body.code;
  const fn = new Function('input', body); // expect: code-injection
  res.json({ value: fn(2) });
}
