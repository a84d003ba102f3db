interface Token {
  value: string;
  expiresAt: number;
}

const tokens: Map<string, Token> = new Map(); // expect: unbounded-static-cache

export async function tokenFor(tenant: string, issue: (t: string) => Promise<Token>): Promise<Token> {
  const known = tokens.get(tenant);
  if (known) {
    return known;
  }
  const fresh = await issue(tenant);
  tokens.set(tenant, fresh);
  return fresh;
}
