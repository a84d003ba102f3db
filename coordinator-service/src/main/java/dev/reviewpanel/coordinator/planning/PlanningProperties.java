package dev.reviewpanel.coordinator.planning;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * How reviews are cut into tasks.
 *
 * @param maxBytesPerTask bound on the serialized files of one task
 * @param extensions extra file extensions to language ids (e.g. {@code kt: kotlin}), on top of the
 *     built-in java, python, javascript and typescript ones
 */
@Validated
@ConfigurationProperties("review.planning")
public record PlanningProperties(
    @DefaultValue("50") @Min(1) int maxFilesPerTask,
    @DefaultValue("512KB") @NotNull DataSize maxBytesPerTask,
    Map<String, String> extensions) {

  public PlanningProperties {
    extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
  }
}
