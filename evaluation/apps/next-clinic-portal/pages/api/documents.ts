import fs from 'fs';
import path from 'path';
import type { NextApiRequest, NextApiResponse } from 'next';
import getConfig from 'next/config';
import { sessionFromRequest } from '@/lib/auth';

const { serverRuntimeConfig } = getConfig();

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = sessionFromRequest(req);
  if (!session) {
    return res.status(401).end();
  }
  const base = path.join(serverRuntimeConfig.uploadsDir, String(session.clinicId));
  const file = path.join(base, String(req.query.name));
  if (!fs.existsSync(file)) {
    return res.status(404).end();
  }
  res.setHeader('Content-Type', 'application/pdf');
  fs.createReadStream(file).pipe(res); // vuln: path-traversal
}
