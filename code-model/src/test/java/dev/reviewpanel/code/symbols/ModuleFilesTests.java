package dev.reviewpanel.code.symbols;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import org.junit.jupiter.api.Test;

class ModuleFilesTests {

  @Test
  void shouldResolveRelativeScriptSpecifiersWithExtensionsAndIndexFiles() {
    assertThat(
            ModuleFiles.candidates(
                Language.TYPESCRIPT, "src/services/booking.ts", "../repositories/bookings"))
        .startsWith("src/repositories/bookings", "src/repositories/bookings.ts")
        .contains("src/repositories/bookings.js", "src/repositories/bookings/index.ts");
  }

  @Test
  void shouldNotResolvePackagesOrClimbAboveTheRoot() {
    assertThat(ModuleFiles.candidates(Language.JAVASCRIPT, "routes/a.js", "express")).isEmpty();
    assertThat(ModuleFiles.candidates(Language.JAVASCRIPT, "a.js", "../../b")).isEmpty();
  }

  @Test
  void shouldResolveRelativePythonModulesByTheirDots() {
    assertThat(ModuleFiles.candidates(Language.PYTHON, "app/routers/items.py", "..services.notify"))
        .containsExactly("app/services/notify.py", "app/services/notify/__init__.py");
    assertThat(
            ModuleFiles.candidates(Language.PYTHON, "helpdesk/tickets/service.py", ".repository"))
        .containsExactly(
            "helpdesk/tickets/repository.py", "helpdesk/tickets/repository/__init__.py");
  }

  @Test
  void shouldTryAnAbsolutePythonModuleUnderEveryDirectoryAbove() {
    assertThat(ModuleFiles.candidates(Language.PYTHON, "src/app/main.py", "app.db"))
        .containsExactly(
            "src/app/app/db.py",
            "src/app/app/db/__init__.py",
            "src/app/db.py",
            "src/app/db/__init__.py",
            "app/db.py",
            "app/db/__init__.py");
  }
}
