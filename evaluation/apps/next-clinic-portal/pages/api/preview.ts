import type { NextApiRequest, NextApiResponse } from 'next';

// Turns on draft mode for CMS editors, then sends them to the page they were editing.
export default function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.query.secret !== process.env.CMS_PREVIEW_SECRET) {
    return res.status(401).json({ message: 'Invalid token' });
  }
  res.setPreviewData({});
  const slug = String(req.query.slug ?? '/');
  res.redirect(307, slug); // vuln: open-redirect
}
