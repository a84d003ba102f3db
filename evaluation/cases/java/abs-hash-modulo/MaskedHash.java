package eval.abshash;

public class MaskedHash {
  public int shardFor(String customerId, int shards) {
    return (customerId.hashCode() & Integer.MAX_VALUE) % shards;
  }
}
