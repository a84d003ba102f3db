export class PaymentsClient {
  private readonly apiKey: string = process.env.PAYMENTS_API_KEY ?? '';

  async charge(cents: number): Promise<Response> {
    return fetch('https://api.payments.example/charges', {
      method: 'POST',
      headers: { Authorization: `Bearer ${this.apiKey}` },
      body: JSON.stringify({ cents }),
    });
  }
}
