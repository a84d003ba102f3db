import fs from 'fs';
import path from 'path';
import type { NextApiRequest, NextApiResponse } from 'next';

const FORMS_DIR = path.join(process.cwd(), 'forms');
const LANGUAGES = new Set(['en', 'es', 'fr']);

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const lang = LANGUAGES.has(String(req.query.lang)) ? String(req.query.lang) : 'en';
  const html = fs.readFileSync(path.join(FORMS_DIR, `consent.${lang}.html`), 'utf8'); // vuln: sync-io-in-handler
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.send(html);
}
