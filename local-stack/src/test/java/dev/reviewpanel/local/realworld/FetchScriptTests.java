package dev.reviewpanel.local.realworld;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real fetch.sh over local file:// sources: no network, the same code path as a download. */
class FetchScriptTests {

  private static final Path SCRIPT = Path.of("..", "evaluation", "real-world", "fetch.sh");

  @TempDir Path dir;
  private Path cache;
  private Path manifest;

  @BeforeEach
  void archives() throws IOException, InterruptedException {
    cache = dir.resolve("cache");
    Path jar = dir.resolve("lib-1.0-sources.jar");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
      entry(zip, "org/example/web/Page.java", "class Page {\n  int size() { return 1; }\n}\n");
      entry(zip, "org/example/other/Skip.java", "class Skip {}\n");
    }
    Path pkg = Files.createDirectories(dir.resolve("npm/package/lib"));
    Files.writeString(pkg.resolve("index.js"), "module.exports = 1;\n");
    Files.writeString(pkg.resolveSibling("README.md"), "# tiny\n");
    Process tar =
        new ProcessBuilder(
                "tar",
                "-czf",
                dir.resolve("tiny-2.0.tgz").toString(),
                "-C",
                dir.resolve("npm").toString(),
                "package")
            .inheritIO()
            .start();
    assertThat(tar.waitFor()).isZero();
    manifest = dir.resolve("corpus.tsv");
    Files.write(
        manifest,
        List.of(
            "# a test corpus",
            "group\tkind\tname\tversion\tsource\tsha256\troot\tinclude",
            row("clean", "maven", "lib", "1.0", jar, "-", ".", "org/example/web"),
            row("clean", "npm", "tiny", "2.0", dir.resolve("tiny-2.0.tgz"), "-", "package", ".")));
  }

  @Test
  void shouldPinChecksumsUnpackOnlyTheIncludedSubtreesAndWriteTheIndex() throws Exception {
    Result first = fetch("--pin");

    assertThat(first.exit()).as(first.output()).isZero();
    assertThat(Files.readString(manifest))
        .doesNotContain("\t-\t")
        .containsPattern("\t[0-9a-f]{64}\t");
    assertThat(cache.resolve("projects/lib/org/example/web/Page.java")).exists();
    assertThat(cache.resolve("projects/lib/org/example/other")).doesNotExist();
    assertThat(cache.resolve("projects/tiny/lib/index.js")).exists();
    assertThat(Files.readAllLines(cache.resolve("index.tsv")))
        .anyMatch(l -> l.startsWith("clean\tlib\t1.0\tmaven\tready\t3\t"))
        .anyMatch(l -> l.startsWith("clean\ttiny\t2.0\tnpm\tready\t0\t0\t1\t"))
        .first()
        .asString()
        .startsWith("# manifest-sha256\t");
    assertThat(first.output()).contains("total: 4 lines");

    Result again = fetch();
    assertThat(again.exit()).isZero();
    assertThat(again.output()).doesNotContain("downloading").containsPattern("lib +1.0 +cached");
  }

  @Test
  void shouldRefuseADownloadWhoseChecksumDiffersAndStillFetchTheRest() throws Exception {
    assertThat(fetch("--pin").exit()).isZero();
    String pinned = Files.readString(manifest);
    String lib = pinned.lines().filter(l -> l.contains("\tlib\t")).findFirst().orElseThrow();
    String wrong = lib.replaceFirst("\t[0-9a-f]{64}\t", "\t" + "0".repeat(64) + "\t");
    Files.writeString(manifest, pinned.replace(lib, wrong));
    Files.delete(cache.resolve("index.tsv"));

    Result run = fetch();

    assertThat(run.exit()).isNotZero();
    assertThat(run.output())
        .contains("lib: sha256 mismatch: expected " + "0".repeat(64))
        .contains("1 project(s) could not be fetched");
    assertThat(Files.readAllLines(cache.resolve("index.tsv")))
        .anyMatch(l -> l.startsWith("clean\ttiny\t2.0\tnpm\tready"));
  }

  @Test
  void shouldNameTheSourceThatCannotBeDownloadedAndAPathMissingFromTheArchive() throws Exception {
    Files.write(
        manifest,
        List.of(
            "group\tkind\tname\tversion\tsource\tsha256\troot\tinclude",
            row("clean", "npm", "gone", "1", dir.resolve("missing.tgz"), "-", "package", "."),
            row(
                "clean",
                "npm",
                "tiny",
                "2.0",
                dir.resolve("tiny-2.0.tgz"),
                "-",
                "package",
                "src")));

    Result run = fetch("--pin");

    assertThat(run.exit()).isNotZero();
    assertThat(run.output())
        .contains("download failed: file://" + dir.resolve("missing.tgz"))
        .contains("tiny: included path 'src' is not under 'package' in the archive");
  }

  private Result fetch(String... options) throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(
                "bash",
                SCRIPT.toString(),
                "--cache",
                cache.toString(),
                "--manifest",
                manifest.toString()));
    command.addAll(List.of(options));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Result(process.waitFor(), output);
  }

  private record Result(int exit, String output) {}

  private static String row(
      String group,
      String kind,
      String name,
      String version,
      Path archive,
      String sha,
      String root,
      String include) {
    return String.join(
        "\t", group, kind, name, version, archive.toUri().toString(), sha, root, include);
  }

  private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
