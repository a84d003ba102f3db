export class PaymentsClient {
  private readonly apiKey = 'sk_live_4eC39HqLyjWDarjtT1zdp7dc'; // expect: hardcoded-secret

  async charge(cents: number): Promise<Response> {
    return fetch('https://api.payments.example/charges', {
      method: 'POST',
      headers: { Authorization: `Bearer ${this.apiKey}` },
      body: JSON.stringify({ cents }),
    });
  }
}
