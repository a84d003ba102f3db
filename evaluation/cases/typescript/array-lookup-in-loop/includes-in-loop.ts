export function missingSkus(ordered: string[], stock: Array<{ sku: string }>): string[] {
  const available: string[] = stock.map((s) => s.sku);
  const missing: string[] = [];
  for (const sku of ordered) {
    if (!available.includes(sku)) { // expect: array-lookup-in-loop
      missing.push(sku);
    }
  }
  return missing;
}
