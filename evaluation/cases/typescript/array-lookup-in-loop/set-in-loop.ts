export function missingSkus(ordered: string[], stock: Array<{ sku: string }>): string[] {
  const available = new Set<string>(stock.map((s) => s.sku));
  return ordered.filter((sku) => !available.has(sku));
}
