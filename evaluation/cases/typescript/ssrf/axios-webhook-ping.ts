import axios from 'axios';
import { Request, Response } from 'express';

export async function pingWebhook(req: Request, res: Response) {
  const { webhookUrl } = req.body;
  const reply = await axios.post(webhookUrl, { event: 'ping' }, { timeout: 3000 }); // expect: ssrf
  res.json({ status: reply.status });
}
