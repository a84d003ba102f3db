package dev.reviewpanel.worker;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * How the topics this worker declares are created.
 *
 * @param partitions partitions of every topic the worker declares; caps the worker's replicas
 * @param replicationFactor -1 leaves it to the broker's {@code default.replication.factor}
 * @param maxMessageBytes the largest task record: {@code max.message.bytes} of the task topic, its
 *     retry topics and its DLT, and the worker producer's {@code max.request.size}, so a large task
 *     can always be forwarded to a retry topic or the DLT (same setting as the coordinator's)
 */
@Validated
@ConfigurationProperties("review.topics")
public record TopicProperties(
    @Min(1) @Max(1000) @DefaultValue("3") int partitions,
    @Min(-1) @Max(32) @DefaultValue("-1") short replicationFactor,
    @NotNull @DefaultValue("4MB") DataSize maxMessageBytes) {

  private static final DataSize SMALLEST_MESSAGE = DataSize.ofKilobytes(1);
  private static final DataSize LARGEST_MESSAGE = DataSize.ofGigabytes(1);

  /** True when {@link #maxMessageBytes} is a size Kafka accepts for records. */
  @AssertTrue(message = "review.topics.max-message-bytes must be between 1KB and 1GB")
  public boolean isMaxMessageBytesValid() {
    return maxMessageBytes == null
        || (maxMessageBytes.compareTo(SMALLEST_MESSAGE) >= 0
            && maxMessageBytes.compareTo(LARGEST_MESSAGE) <= 0);
  }

  /** {@link #maxMessageBytes} as the int Kafka's settings take. */
  public int maxMessageByteCount() {
    return Math.toIntExact(maxMessageBytes.toBytes());
  }
}
