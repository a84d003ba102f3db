import https from 'https';
import fetch from 'node-fetch';
import { config } from '../config';

const insecureAgent = new https.Agent({ rejectUnauthorized: false }); // vuln: tls-verification-disabled

export async function pushAvailability(roomId: number, dates: string[]): Promise<boolean> {
  const res = await fetch(`${config.channelManagerUrl}/rooms/${roomId}/availability`, {
    method: 'PUT',
    body: JSON.stringify({ dates }),
    headers: { 'content-type': 'application/json' },
    agent: insecureAgent,
  });
  return res.ok;
}

export async function importCalendar(icalUrl: string): Promise<string> {
  const res = await fetch(icalUrl, { timeout: 5000 }); // vuln: ssrf
  if (!res.ok) {
    throw new Error(`calendar fetch failed: ${res.status}`);
  }
  return res.text();
}
