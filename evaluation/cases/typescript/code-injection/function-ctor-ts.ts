export function compileMapper(source: string): (row: unknown) => unknown {
  return new Function('row', source) as (row: unknown) => unknown; // expect: code-injection
}
