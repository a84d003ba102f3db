package dev.reviewpanel.local.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewShapesTests {

  @Test
  void shouldWriteTheBigReviewsFilesAsTheDriverSendsThem(@TempDir Path directory)
      throws IOException {
    ReviewShapes big = ReviewShapes.of("big", Path.of("unused"));

    big.write(directory);

    List<Path> written;
    try (Stream<Path> files = Files.walk(directory)) {
      written = files.filter(Files::isRegularFile).toList();
    }
    assertThat(written).hasSize(50);
    for (Path file : written) {
      assertThat(Files.readAllLines(file)).hasSize(200);
      assertThat(file.toString()).endsWith(".java");
    }
    assertThat(written.stream().mapToLong(this::lines).sum()).isEqualTo(big.lines());
  }

  private long lines(Path file) {
    try {
      return Files.readAllLines(file).size();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
