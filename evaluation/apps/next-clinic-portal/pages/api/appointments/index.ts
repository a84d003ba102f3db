import type { NextApiRequest, NextApiResponse } from 'next';
import { listForDoctor } from '@/lib/appointments';
import { sessionFromRequest } from '@/lib/auth';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = sessionFromRequest(req);
  if (!session || session.role === 'patient') {
    return res.status(401).json({ error: 'staff only' });
  }
  if (req.method !== 'GET') {
    res.setHeader('Allow', 'GET');
    return res.status(405).end();
  }
  const doctor = String(req.query.doctor ?? '');
  const day = typeof req.query.day === 'string' ? req.query.day : undefined;
  const appointments = await listForDoctor(session.clinicId, doctor, day);
  res.status(200).json(appointments);
}
