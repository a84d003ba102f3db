package eval.eqhash;

public class GridPoint {
  final int x;
  final int y;

  GridPoint(int x, int y) {
    this.x = x;
    this.y = y;
  }

  @Override
  public String toString() {
    return x + "," + y;
  }

  @Override
  public boolean equals(Object other) { // expect: equals-without-hashcode
    return other instanceof GridPoint p && p.x == x && p.y == y;
  }
}
