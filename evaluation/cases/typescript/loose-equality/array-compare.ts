export function noFilters(filters: string[]): boolean {
  return filters == []; // expect: loose-equality
}
