import jwt, { JwtPayload } from 'jsonwebtoken';
import type { NextApiRequest } from 'next';

export interface Session {
  userId: number;
  role: 'patient' | 'staff' | 'doctor';
  clinicId: number;
}

const SESSION_SECRET = process.env.SESSION_SECRET as string;

export function signSession(session: Session): string {
  return jwt.sign(session, SESSION_SECRET, { algorithm: 'HS256', expiresIn: '8h' });
}

export function verifySession(token: string | undefined): Session | null {
  if (!token) {
    return null;
  }
  try {
    return jwt.verify(token, SESSION_SECRET, { algorithms: ['HS256'] }) as Session;
  } catch {
    return null;
  }
}

// Tokens from the lab system arrive through our API gateway.
export function labSession(req: NextApiRequest): Session | null {
  const token = req.headers['x-lab-token'];
  if (typeof token !== 'string') {
    return null;
  }
  const payload = jwt.decode(token) as (JwtPayload & Session) | null; // vuln: jwt-none
  return payload && payload.role ? { userId: payload.userId, role: payload.role, clinicId: payload.clinicId } : null;
}

export function sessionFromRequest(req: NextApiRequest): Session | null {
  return verifySession(req.cookies['portal_session']);
}
