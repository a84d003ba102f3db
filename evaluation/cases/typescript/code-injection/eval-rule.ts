import { Request, Response } from 'express';

export function applyRule(req: Request, res: Response): void {
  const rule: string = req.body.rule;
  const price: number = eval(`(${rule})(${Number(req.body.base)})`); // expect: code-injection
  res.json({ price });
}
