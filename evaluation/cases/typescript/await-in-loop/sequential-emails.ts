interface Mailer {
  send(to: string, body: string): Promise<void>;
}

export async function notifyAll(mailer: Mailer, recipients: string[]): Promise<void> {
  for (const to of recipients) {
    await mailer.send(to, 'Your order has shipped'); // expect: await-in-loop
  }
}
