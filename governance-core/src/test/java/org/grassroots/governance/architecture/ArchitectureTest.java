package org.grassroots.governance.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.constructors;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The architecture rules of governance-core (ArchUnit over the compiled main classes). */
class ArchitectureTest {
  private static JavaClasses core;

  @BeforeAll
  static void importCore() {
    core = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
        .importPackages("org.grassroots.governance");
  }

  @Test
  void coreNeverDependsOnJacksonIoFrameworksOrTheJsonModule() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage(
            "com.fasterxml.jackson..", "org.grassroots.governance.json..",
            "org.apache.commons.io..", "okio..", "io.netty..", "org.springframework..",
            "jakarta..", "javax.ws..", "org.slf4j..", "org.apache.logging..")
        .check(core);
  }

  @Test
  void corePackagesHaveNoCycles() {
    slices().matching("org.grassroots.governance.(*)..").should().beFreeOfCycles().check(core);
  }

  @Test
  void generatedImmutablesAreNeverPublic() {
    classes().that().haveSimpleNameStartingWith("Immutable")
        .should().notBePublic()
        .allowEmptyShould(true)
        .check(core);
  }

  @Test
  void noPublicConstructorsOnValueTypes() {
    // value types are made by static factories (of, parse, builder); exceptions are the exception
    constructors().that().areDeclaredInClassesThat().arePublic()
        .and().areDeclaredInClassesThat().areNotAssignableTo(Throwable.class)
        .should().notBePublic()
        .allowEmptyShould(true)
        .check(core);
  }

  private static final Pattern PUBLIC_TYPE = Pattern.compile(
      "^\\s*public\\s+(?:(?:abstract|final|static|sealed|non-sealed|strictfp)\\s+)*(?:class|interface|enum|record|@interface)\\s+(\\w+)");

  @Test
  void everyPublicTypeInCoreHasJavadoc() throws IOException {
    Path sources = Paths.get("src", "main", "java");
    assertTrue(Files.isDirectory(sources), "run from governance-core");
    List<String> missing = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(sources)) {
      files = walk.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList());
    }
    for (Path file : files) {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        Matcher m = PUBLIC_TYPE.matcher(lines.get(i));
        if (m.find() && !hasJavadocAbove(lines, i)) {
          missing.add(file.getFileName() + ": " + m.group(1));
        }
      }
    }
    assertEquals(List.of(), missing);
  }

  private static boolean hasJavadocAbove(List<String> lines, int index) {
    // the nearest comment end above the declaration, with only annotations in between
    StringBuilder between = new StringBuilder();
    for (int j = index - 1; j >= 0; j--) {
      String t = lines.get(j).trim();
      if (t.endsWith("*/")) {
        String gap = between.toString().trim();
        return (gap.isEmpty() || gap.startsWith("@")) && javadocOpens(lines, j);
      }
      if (t.endsWith(";") || t.endsWith("}") || t.endsWith("{")) {
        return false; // reached the previous member: no comment at all
      }
      between.insert(0, t + " ");
    }
    return false;
  }

  private static boolean javadocOpens(List<String> lines, int end) {
    for (int j = end; j >= 0; j--) {
      String t = lines.get(j).trim();
      if (t.startsWith("/**")) {
        return true;
      }
      if (t.startsWith("/*")) {
        return false;
      }
    }
    return false;
  }
}
