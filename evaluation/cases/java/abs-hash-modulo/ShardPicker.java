package eval.abshash;

public class ShardPicker {
  private final int shards;

  public ShardPicker(int shards) {
    this.shards = shards;
  }

  public int shardFor(String customerId) {
    return Math.abs(customerId.hashCode()) % shards; // expect: abs-hash-modulo
  }
}
