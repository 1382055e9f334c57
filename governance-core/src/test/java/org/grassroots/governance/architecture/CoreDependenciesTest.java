package org.grassroots.governance.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** governance-core depends at runtime on Guava and JSpecify only: never on Jackson or the json module. */
class CoreDependenciesTest {

  @Test
  void jacksonIsNotOnTheCoreClasspath() {
    assertThrows(ClassNotFoundException.class,
        () -> Class.forName("com.fasterxml.jackson.databind.ObjectMapper"));
    assertThrows(ClassNotFoundException.class,
        () -> Class.forName("org.grassroots.governance.json.GovernanceModule"));
  }

  @Test
  void noCoreClassReferencesJacksonOrTheJsonModule() throws IOException {
    Path classes = Paths.get("target", "classes");
    assertTrue(Files.isDirectory(classes), "run from governance-core after compilation");
    List<Path> offenders;
    try (Stream<Path> files = Files.walk(classes)) {
      offenders = files.filter(p -> p.toString().endsWith(".class"))
          .filter(CoreDependenciesTest::referencesForbidden)
          .collect(Collectors.toList());
    }
    assertEquals(List.of(), offenders);
  }

  private static boolean referencesForbidden(Path classFile) {
    try {
      // class names in the constant pool are stored as modified UTF-8; ASCII names appear verbatim
      String text = new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1);
      return text.contains("com/fasterxml/jackson") || text.contains("org/grassroots/governance/json/");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
