package dev.reviewpanel.local.realworld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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

  @Test
  void shouldRefreshThePackageListsOnceAndDownloadAgainWhenAPinnedPackageIsNotListedYet()
      throws Exception {
    FakeApt apt = FakeApt.install(dir.resolve("apt"), "1000", true);
    debManifest("first", "second");

    Result run = fetch(apt, "--pin");

    assertThat(run.exit()).as(run.output()).isZero();
    assertThat(run.output()).contains("refreshing the package lists (sudo -n apt-get update)");
    assertThat(apt.calls())
        .containsExactly(
            "download python3-first=1.0",
            "sudo apt-get update",
            "download python3-first=1.0",
            "download python3-second=1.0");
    assertThat(cache.resolve("projects/first/fakepkg/__init__.py")).exists();
    assertThat(cache.resolve("projects/second/fakepkg/__init__.py")).exists();
  }

  @Test
  void shouldSayHowToRefreshThePackageListsWhenThisUserMayNot() throws Exception {
    FakeApt apt = FakeApt.install(dir.resolve("apt"), "1000", false);
    debManifest("first");

    Result run = fetch(apt, "--pin");

    assertThat(run.exit()).isNotZero();
    assertThat(run.output())
        .contains("apt-get download python3-first=1.0 failed: run 'sudo apt-get update'")
        .doesNotContain("refreshing");
    assertThat(apt.calls()).containsExactly("download python3-first=1.0");
  }

  @Test
  void shouldNotRefreshTwiceWhenAVersionIsGoneForGood() throws Exception {
    FakeApt apt = FakeApt.install(dir.resolve("apt"), "0", false);
    debManifest("first", "gone");

    Result run = fetch(apt, "--pin");

    assertThat(run.exit()).isNotZero();
    assertThat(run.output())
        .contains("refreshing the package lists (apt-get update)")
        .contains("apt-get download python3-gone=1.0 failed with fresh package lists");
    assertThat(apt.calls())
        .containsExactly(
            "download python3-first=1.0",
            "apt-get update",
            "download python3-first=1.0",
            "download python3-gone=1.0");
    assertThat(cache.resolve("projects/first/fakepkg/__init__.py")).exists();
  }

  // Debian packages as a manifest lists them; a package named "gone" is never served
  private void debManifest(String... names) throws IOException {
    List<String> rows = new ArrayList<>();
    rows.add("group\tkind\tname\tversion\tsource\tsha256\troot\tinclude");
    for (String name : names) {
      rows.add(
          String.join(
              "\t",
              "clean",
              "deb",
              name,
              "1.0",
              "python3-" + name + "=1.0",
              "-",
              "usr/lib/python3/dist-packages",
              "fakepkg"));
    }
    Files.write(manifest, rows);
  }

  /**
   * apt-get, id and sudo stand-ins first on the PATH: the pinned packages are only listed after
   * {@code apt-get update}, as on a machine whose lists were never refreshed. The .deb is real.
   */
  private record FakeApt(Path bin) {

    static FakeApt install(Path bin, String uid, boolean passwordlessSudo) {
      assumeTrue(
          Arrays.stream(System.getenv("PATH").split(":"))
              .anyMatch(d -> Files.isExecutable(Path.of(d, "dpkg-deb"))),
          "dpkg-deb builds the test's package");
      try {
        Path pkg = bin.resolveSibling("pkg");
        Files.createDirectories(pkg.resolve("DEBIAN"));
        Files.writeString(
            pkg.resolve("DEBIAN/control"),
            "Package: python3-fakepkg\nVersion: 1.0\nArchitecture: all\n"
                + "Maintainer: Review Panel <review-panel@example.org>\nDescription: a test\n");
        Path module = Files.createDirectories(pkg.resolve("usr/lib/python3/dist-packages/fakepkg"));
        Files.writeString(module.resolve("__init__.py"), "x = 1\n");
        Process build =
            new ProcessBuilder(
                    "dpkg-deb",
                    "--build",
                    pkg.toString(),
                    bin.resolveSibling("fake.deb").toString())
                .redirectErrorStream(true)
                .start();
        build.getInputStream().readAllBytes();
        assertThat(build.waitFor()).as("dpkg-deb --build").isZero();
        Files.createDirectories(bin);
        script(
            bin,
            "apt-get",
            "state=\"$(dirname \"$0\")/..\"",
            "case \"$1\" in",
            "  update) echo \"${FAKE_SUDO:+sudo }apt-get update\" >>\"$state/calls\";"
                + " touch \"$state/updated\" ;;",
            "  download) echo \"download $3\" >>\"$state/calls\"",
            "    case \"$3\" in *gone*) echo \"E: Version '1.0' for '$3' was not found\" >&2;"
                + " exit 100 ;; esac",
            "    [ -f \"$state/updated\" ] || { echo \"E: Version '1.0' for '$3' was not found\""
                + " >&2; exit 100; }",
            "    cp \"$state/fake.deb\" ./fake_1.0_all.deb ;;",
            "esac");
        script(bin, "id", "echo " + uid);
        script(
            bin,
            "sudo",
            passwordlessSudo
                ? "[ \"$1\" = -n ] && shift; FAKE_SUDO=1 exec \"$@\""
                : "echo 'sudo: a password is required' >&2; exit 1");
      } catch (IOException | InterruptedException e) {
        throw new IllegalStateException(e);
      }
      return new FakeApt(bin);
    }

    List<String> calls() throws IOException {
      Path calls = bin.resolveSibling("calls");
      return Files.exists(calls) ? Files.readAllLines(calls) : List.of();
    }

    private static void script(Path bin, String name, String... lines) throws IOException {
      Path file = bin.resolve(name);
      Files.writeString(file, "#!/bin/sh\n" + String.join("\n", lines) + "\n");
      file.toFile().setExecutable(true);
    }
  }

  private Result fetch(String... options) throws IOException, InterruptedException {
    return fetch(null, options);
  }

  private Result fetch(FakeApt apt, String... options) throws IOException, InterruptedException {
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
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    if (apt != null) {
      builder.environment().put("PATH", apt.bin() + ":" + System.getenv("PATH"));
    }
    Process process = builder.start();
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
