export function sumGrid(grid: number[][]): number {
  let total = 0;
  for (const row of grid) {
    for (const cell of row) {
      total += cell;
    }
  }
  return total;
}
