async function sendMetric(name: string, value: number): Promise<void> {
  await fetch('/metrics', { method: 'POST', body: JSON.stringify({ name, value }) });
}

export async function checkout(total: number, pay: (t: number) => Promise<void>): Promise<void> {
  sendMetric('checkout.total', total); // expect: floating-promise
  await pay(total);
}
