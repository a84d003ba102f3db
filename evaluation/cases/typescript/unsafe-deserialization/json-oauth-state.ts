import { Request, Response } from 'express';

export function oauthCallback(req: Request, res: Response) {
  const state = String(req.query.state || '');
  const decoded = JSON.parse(Buffer.from(state, 'base64url').toString('utf8'));
  res.redirect(decoded.returnTo === '/settings' ? '/settings' : '/');
}
