package dev.reviewpanel.synthesis.topology;

import dev.reviewpanel.events.Topics;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.support.KafkaHeaders;

/**
 * Sends a record the topology cannot read to {@code <topic>-dlt} (same partition, original bytes,
 * the {@code kafka_dlt-*} headers spring-kafka's recoverer writes) and goes on with the next one,
 * inside the same Streams transaction. Kafka instantiates it from {@code
 * deserialization.exception.handler}, hence public.
 */
public class DeadLetterDeserializationHandler implements DeserializationExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(DeadLetterDeserializationHandler.class);

  @Override
  public Response handleError(
      ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
    String deadLetters = Topics.deadLetter(record.topic());
    log.warn(
        "Dead-lettering unreadable record {}-{}@{} to {}: {}",
        record.topic(),
        record.partition(),
        record.offset(),
        deadLetters,
        exception.getMessage());
    ProducerRecord<byte[], byte[]> dead =
        new ProducerRecord<>(
            deadLetters,
            record.partition(),
            record.timestamp() < 0 ? null : record.timestamp(),
            record.key(),
            record.value(),
            new RecordHeaders(record.headers().toArray()));
    describe(dead.headers(), record, exception);
    return Response.resume(List.of(dead));
  }

  private static void describe(
      Headers headers, ConsumerRecord<byte[], byte[]> record, Exception exception) {
    headers.add(KafkaHeaders.DLT_ORIGINAL_TOPIC, utf8(record.topic()));
    headers.add(
        KafkaHeaders.DLT_ORIGINAL_PARTITION,
        ByteBuffer.allocate(Integer.BYTES).putInt(record.partition()).array());
    headers.add(
        KafkaHeaders.DLT_ORIGINAL_OFFSET,
        ByteBuffer.allocate(Long.BYTES).putLong(record.offset()).array());
    headers.add(
        KafkaHeaders.DLT_ORIGINAL_TIMESTAMP,
        ByteBuffer.allocate(Long.BYTES).putLong(record.timestamp()).array());
    headers.add(KafkaHeaders.DLT_EXCEPTION_FQCN, utf8(exception.getClass().getName()));
    headers.add(KafkaHeaders.DLT_EXCEPTION_MESSAGE, utf8(String.valueOf(exception.getMessage())));
    StringWriter trace = new StringWriter();
    exception.printStackTrace(new PrintWriter(trace));
    headers.add(KafkaHeaders.DLT_EXCEPTION_STACKTRACE, utf8(trace.toString()));
  }

  private static byte[] utf8(String value) {
    return value.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void configure(Map<String, ?> configs) {}
}
