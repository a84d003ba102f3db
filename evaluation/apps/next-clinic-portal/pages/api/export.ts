import { exec } from 'child_process';
import type { NextApiRequest, NextApiResponse } from 'next';
import { sessionFromRequest } from '@/lib/auth';

const EXPORTABLE = ['appointments', 'patients', 'visit_notes'];

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = sessionFromRequest(req);
  if (!session || session.role !== 'staff') {
    return res.status(403).end();
  }
  const table = String(req.query.table);
  const where = String(req.query.where ?? 'true');
  if (!EXPORTABLE.includes(table)) {
    return res.status(400).json({ error: 'unknown table' });
  }
  const cmd = `psql "$DATABASE_URL" -c "\\copy (SELECT * FROM ${table} WHERE clinic_id = ${session.clinicId} AND ${where}) TO STDOUT CSV HEADER"`;
  exec(cmd, { maxBuffer: 50 * 1024 * 1024 }, (err, stdout) => { // vuln: command-injection, sql-injection
    if (err) {
      return res.status(500).json({ error: 'export failed' });
    }
    res.setHeader('Content-Type', 'text/csv');
    res.send(stdout);
  });
}
