interface Point {
  x: number;
  y: number;
}

export function closePairs(points: Point[], limit: number): Array<[Point, Point]> {
  const pairs: Array<[Point, Point]> = [];
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) { // expect: nested-loop-same-collection
      if (Math.hypot(points[i].x - points[j].x, points[i].y - points[j].y) < limit) {
        pairs.push([points[i], points[j]]);
      }
    }
  }
  return pairs;
}
