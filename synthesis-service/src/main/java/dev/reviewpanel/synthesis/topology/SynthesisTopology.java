package dev.reviewpanel.synthesis.topology;

import dev.reviewpanel.events.Topics;
import dev.reviewpanel.report.assembly.ReportAssembler;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.springframework.kafka.config.KafkaStreamsInfrastructureCustomizer;
import org.springframework.stereotype.Component;

/**
 * The synthesis topology (Processor API): plans and results, co-partitioned by review id, flow into
 * one {@link ReviewSynthesizer} with two changelogged stores; reports and REPORT_READY events flow
 * out.
 */
@Component
class SynthesisTopology implements KafkaStreamsInfrastructureCustomizer {

  static final String AGGREGATES_STORE = "review-aggregates";
  static final String WAKE_UPS_STORE = "review-wake-ups";
  static final String REPORTS_SINK = "reports-sink";
  static final String EVENTS_SINK = "events-sink";
  private static final String SYNTHESIZER = "review-synthesizer";

  private final SynthesisProperties properties;
  private final ReportAssembler assembler;

  SynthesisTopology(SynthesisProperties properties, ReportAssembler assembler) {
    this.properties = properties;
    this.assembler = assembler;
  }

  @Override
  public void configureTopology(Topology topology) {
    var keys = Serdes.String();
    topology
        .addSource(
            "plans-source",
            keys.deserializer(),
            EventSerdes.plans().deserializer(),
            Topics.REVIEW_PLANS)
        .addSource(
            "results-source",
            keys.deserializer(),
            EventSerdes.results().deserializer(),
            Topics.REVIEW_RESULTS)
        .addProcessor(SYNTHESIZER, synthesizer(), "plans-source", "results-source")
        .addSink(
            REPORTS_SINK,
            Topics.REVIEW_REPORTS,
            keys.serializer(),
            EventSerdes.reports().serializer(),
            SYNTHESIZER)
        .addSink(
            EVENTS_SINK,
            Topics.REVIEW_EVENTS,
            keys.serializer(),
            EventSerdes.events().serializer(),
            SYNTHESIZER);
  }

  private ProcessorSupplier<String, Object, String, Object> synthesizer() {
    return new ProcessorSupplier<>() {
      @Override
      public ReviewSynthesizer get() {
        return new ReviewSynthesizer(properties, assembler);
      }

      @Override
      public Set<StoreBuilder<?>> stores() {
        return Set.of(
            Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(AGGREGATES_STORE),
                Serdes.String(),
                EventSerdes.aggregates()),
            Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(WAKE_UPS_STORE), Serdes.String(), Serdes.String()));
      }
    };
  }
}
