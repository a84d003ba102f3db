package dev.reviewpanel.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Proves the published JSON Schemas and the Java records describe the same documents. */
class SchemaAgreementTests {

  private final JsonMapper json = EventJson.mapper();

  @Test
  void shouldValidateASerializedRequestAgainstItsSchema() {
    assertThat(validate("review-request", json.writeValueAsString(Samples.request()))).isEmpty();
  }

  @Test
  void shouldValidateASerializedReportAgainstItsSchema() {
    assertThat(validate("review-report", json.writeValueAsString(Samples.report()))).isEmpty();
  }

  @Test
  void shouldRejectARequestWithoutFilesOrWithAFileWithoutContent() {
    assertThat(
            validate("review-request", "{\"reviewId\":\"3f0c7a9e-2b1d-4c55-9e7a-0d6f1b2c3a4e\"}"))
        .isNotEmpty();
    assertThat(validate("review-request", "{\"files\":[{\"path\":\"a.py\"}]}")).isNotEmpty();
  }

  @Test
  void shouldDescribeEveryRequestFieldAndNoOther() {
    JsonNode schema = schema("review-request");

    assertSameFields(schema, ReviewRequest.class);
    assertSameFields(schema.at("/properties/files/items"), ReviewRequest.File.class);
    assertSameFields(schema.at("/$defs/SourceRef"), SourceRef.class);
    assertSameFields(schema.at("/properties/options"), ReviewOptions.class);
    assertSameFields(schema("review-panel-baseline"), Baseline.class);
    assertSameFields(
        schema("review-panel-baseline").at("/properties/findings/items"), Baseline.Entry.class);
  }

  @Test
  void shouldValidateABaselineFileAndRejectAnEntryWithoutFingerprint() {
    assertThat(validate("review-panel-baseline", json.writeValueAsString(Samples.baseline())))
        .isEmpty();
    assertThat(
            validate(
                "review-panel-baseline",
                "{\"version\": 1, \"findings\": [{\"ruleId\": \"java.weak-hash\", \"path\": \"A.java\"}]}"))
        .isNotEmpty();
  }

  @Test
  void shouldDescribeEveryReportFieldAndNoOther() {
    JsonNode schema = schema("review-report");

    assertSameFields(schema, ReviewReport.class);
    assertSameFields(schema.at("/properties/agents/items"), ReviewReport.AgentSummary.class);
    assertSameFields(schema.at("/$defs/Finding"), Finding.class);
    assertSameFields(schema.at("/$defs/Finding/properties/location"), Location.class);
    assertSameFields(schema.at("/properties/source"), SourceRef.class);
    assertSameFields(schema.at("/properties/llm"), ReviewReport.LlmSummary.class);
    assertSameFields(schema.at("/$defs/NotAnalyzed"), NotAnalyzed.class);
    assertSameFields(schema.at("/$defs/Finding/properties/trace/items"), TraceStep.class);
    assertSameFields(schema.at("/$defs/Finding/properties/suppression"), Suppression.class);
    assertSameFields(schema.at("/properties/panel"), Panel.class);
    assertSameFields(schema.at("/properties/panel/properties/votes/items"), Panel.Vote.class);
    assertSameFields(schema.at("/properties/panel/properties/veto"), Panel.Veto.class);
    assertSameFields(
        schema.at("/properties/panel/properties/disagreements/items"), Panel.Disagreement.class);
  }

  @Test
  void shouldListEveryEnumConstantOfTheReport() {
    JsonNode schema = schema("review-report");

    assertEnum(schema.at("/properties/status/enum"), ReviewReport.Status.class);
    assertEnum(schema.at("/properties/decision/enum"), ReviewReport.Decision.class);
    assertEnum(
        schema.at("/properties/agents/items/properties/status/enum"),
        ReviewReport.AgentOutcome.class);
    assertEnum(schema.at("/$defs/Finding/properties/severity/enum"), Severity.class);
    assertEnum(schema.at("/$defs/Finding/properties/confidence/enum"), Confidence.class);
    assertEnum(schema.at("/$defs/Finding/properties/origin/enum"), FindingOrigin.class);
    assertEnum(
        schema.at("/properties/llm/properties/summaryOrigin/enum"),
        ReviewReport.SummaryOrigin.class);
    assertEnum(schema.at("/$defs/NotAnalyzed/properties/reason/enum"), NotAnalyzed.Reason.class);
    assertEnum(
        schema.at("/$defs/Finding/properties/trace/items/properties/kind/enum"),
        TraceStep.Kind.class);
    assertEnum(
        schema.at("/$defs/Finding/properties/suppression/properties/kind/enum"),
        Suppression.Kind.class);
    assertEnum(
        schema.at("/properties/panel/properties/votes/items/properties/vote/enum"),
        ReviewReport.Decision.class);
    assertEnum(
        schema.at("/properties/panel/properties/veto/properties/decision/enum"),
        ReviewReport.Decision.class);
    assertEnum(
        schema.at("/properties/panel/properties/scoreDecision/enum"), ReviewReport.Decision.class);
  }

  @Test
  void shouldUseOnlyTypesTheSchemaCanExpress() {
    for (RecordComponent component : ReviewRequest.class.getRecordComponents()) {
      assertThat(isWireType(component.getGenericType())).as(component.getName()).isTrue();
    }
  }

  private static boolean isWireType(Type type) {
    if (type instanceof ParameterizedType parameterized) {
      return Arrays.stream(parameterized.getActualTypeArguments())
          .allMatch(SchemaAgreementTests::isWireType);
    }
    return type instanceof Class<?> c
        && (c.isPrimitive()
            || c.isEnum()
            || c.isRecord()
            || c.getPackageName().startsWith("java."));
  }

  private void assertSameFields(JsonNode objectSchema, Class<? extends Record> type) {
    Set<String> schemaFields = new HashSet<>(objectSchema.path("properties").propertyNames());
    Set<String> recordFields =
        Arrays.stream(type.getRecordComponents())
            .map(RecordComponent::getName)
            .collect(Collectors.toSet());
    assertThat(schemaFields).as(type.getSimpleName()).isEqualTo(recordFields);
  }

  private void assertEnum(JsonNode values, Class<? extends Enum<?>> type) {
    List<String> schemaValues = values.valueStream().map(JsonNode::asString).toList();
    List<String> javaValues = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    assertThat(schemaValues)
        .as(type.getSimpleName())
        .containsExactlyInAnyOrderElementsOf(javaValues);
  }

  private JsonNode schema(String name) {
    try (InputStream in = resource(name)) {
      return json.readTree(in);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private Set<ValidationMessage> validate(String name, String document) {
    try (InputStream in = resource(name)) {
      // the schemas refer to each other by their $id: resolve those from the classpath
      JsonSchema schema =
          JsonSchemaFactory.getInstance(
                  SpecVersion.VersionFlag.V202012,
                  builder ->
                      builder.schemaMappers(
                          mappers ->
                              mappers.mapPrefix(
                                  "https://reviewpanel.dev/schemas/", "classpath:schemas/")))
              .getSchema(in);
      return schema.validate(document, InputFormat.JSON);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static InputStream resource(String name) {
    return SchemaAgreementTests.class.getResourceAsStream("/schemas/" + name + ".schema.json");
  }
}
