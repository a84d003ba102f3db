import type { NextApiRequest, NextApiResponse } from 'next';
import { getAppointment } from '@/lib/appointments';
import { labSession, sessionFromRequest } from '@/lib/auth';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = sessionFromRequest(req) ?? labSession(req);
  if (!session) {
    return res.status(401).json({ error: 'sign in first' });
  }
  const id = Number.parseInt(String(req.query.id), 10);
  if (Number.isNaN(id)) {
    return res.status(400).json({ error: 'id must be a number' });
  }
  const appointment = await getAppointment(session.clinicId, id);
  return appointment ? res.json(appointment) : res.status(404).json({ error: 'not found' });
}
