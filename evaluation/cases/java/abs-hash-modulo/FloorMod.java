package eval.abshash;

public class FloorMod {
  public int shardFor(String customerId, int shards) {
    return Math.floorMod(customerId.hashCode(), shards);
  }
}
