export function toQuery(params: Record<string, string>): string {
  let query = '';
  for (const [key, value] of Object.entries(params)) {
    query += `${encodeURIComponent(key)}=${encodeURIComponent(value)}&`; // expect: string-concat-in-loop
  }
  return query;
}
