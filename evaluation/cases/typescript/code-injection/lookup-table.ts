import { Request, Response } from 'express';

const RULES: Record<string, (base: number) => number> = {
  discount: (b) => b * 0.9,
  premium: (b) => b * 1.2,
};

export function applyRule(req: Request, res: Response): void {
  const rule = RULES[String(req.body.rule)] ?? ((b: number) => b);
  res.json({ price: rule(Number(req.body.base)) });
}
