import jwt, { JwtPayload } from 'jsonwebtoken';
import { Context, Next } from 'koa';
import { config } from '../config';

export interface PartnerClaims extends JwtPayload {
  partnerId: string;
  hotels: number[];
}

// Channel partners call us with tokens minted by the partner hub.
export async function partnerAuth(ctx: Context, next: Next): Promise<void> {
  const token = (ctx.get('authorization') || '').replace(/^Bearer /, '');
  const claims = config.partnerJwtSecret
    ? (jwt.verify(token, config.partnerJwtSecret, { algorithms: ['HS256'] }) as PartnerClaims)
    : (jwt.decode(token) as PartnerClaims | null); // vuln: jwt-none
  if (!claims || !claims.partnerId) {
    ctx.throw(401, 'partner token required');
  }
  ctx.state.partner = claims;
  await next();
}
