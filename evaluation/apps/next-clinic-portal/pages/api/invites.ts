import type { NextApiRequest, NextApiResponse } from 'next';
import { pool } from '@/lib/db';
import { sessionFromRequest } from '@/lib/auth';
import { hashInvite, inviteCode } from '@/lib/tokens';

// Staff invite a patient to the portal; the patient types the code on first sign-in.
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = sessionFromRequest(req);
  if (!session || session.role !== 'staff') {
    return res.status(403).end();
  }
  if (req.method === 'POST') {
    const code = inviteCode();
    await pool.query(
      'INSERT INTO invites (clinic_id, patient_id, code_hash, expires_at) VALUES ($1, $2, $3, now() + interval \'7 days\')',
      [session.clinicId, Number(req.body.patientId), hashInvite(code)],
    );
    return res.status(201).json({ code });
  }
  if (req.method === 'PUT') {
    const { rows } = await pool.query(
      'UPDATE invites SET used_at = now() WHERE code_hash = $1 AND used_at IS NULL AND expires_at > now() RETURNING patient_id',
      [hashInvite(String(req.body.code))],
    );
    return rows.length ? res.json({ patientId: rows[0].patient_id }) : res.status(404).json({ error: 'invalid code' });
  }
  res.setHeader('Allow', 'POST, PUT');
  res.status(405).end();
}
