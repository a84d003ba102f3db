interface Mailer {
  send(to: string, body: string): Promise<void>;
}

export async function notifyAll(mailer: Mailer, recipients: string[]): Promise<number> {
  const results = await Promise.allSettled(recipients.map((to) => mailer.send(to, 'Shipped')));
  return results.filter((r) => r.status === 'fulfilled').length;
}
