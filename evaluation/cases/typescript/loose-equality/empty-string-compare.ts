export function isBlank(value: string | number): boolean {
  return value == ''; // expect: loose-equality
}
