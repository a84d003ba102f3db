package dev.reviewpanel.synthesis.topology;

import dev.reviewpanel.events.EventJson;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import tools.jackson.core.JacksonException;

/**
 * A serde for one record type in the wire JSON ({@link EventJson#mapper()}, no type headers). A
 * value that parses but breaks the contract fails like bad JSON, so both reach the dead letters.
 */
final class JsonSerde<T> implements Serde<T>, Serializer<T>, Deserializer<T> {

  private final Class<T> type;
  private final Consumer<T> contract;

  JsonSerde(Class<T> type, Consumer<T> contract) {
    this.type = type;
    this.contract = contract;
  }

  JsonSerde(Class<T> type) {
    this(type, value -> {});
  }

  @Override
  public byte[] serialize(String topic, T data) {
    return data == null ? null : EventJson.mapper().writeValueAsBytes(data);
  }

  @Override
  public T deserialize(String topic, byte[] data) {
    if (data == null) {
      return null;
    }
    T value;
    try {
      value = EventJson.mapper().readValue(data, type);
    } catch (JacksonException e) {
      throw new SerializationException(
          "Unreadable " + type.getSimpleName() + " on " + topic + ": " + e.getOriginalMessage(), e);
    }
    if (value == null) {
      throw new SerializationException("Empty " + type.getSimpleName() + " on " + topic);
    }
    contract.accept(value);
    return value;
  }

  @Override
  public Serializer<T> serializer() {
    return this;
  }

  @Override
  public Deserializer<T> deserializer() {
    return this;
  }

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {}

  @Override
  public void close() {}
}
