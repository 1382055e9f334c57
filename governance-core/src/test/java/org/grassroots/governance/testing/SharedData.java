package org.grassroots.governance.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;

/**
 * Where the project's shared data lives ({@code ../shared} beside the repository). Tests that need
 * it call {@link #divisions2021()} and skip, saying so, when it is absent; it is never copied into
 * the repository.
 */
public final class SharedData {
  private SharedData() {}

  /** The shared folder, from the {@code governance.shared.dir} property or {@code ../shared}. */
  public static Optional<Path> root() {
    String prop = System.getProperty("governance.shared.dir");
    Path[] candidates = {
      prop == null ? null : Paths.get(prop),
      Paths.get("..", "shared"),
      Paths.get("..", "..", "shared"),
    };
    for (Path p : candidates) {
      if (p != null && Files.isDirectory(p.resolve("data"))) {
        return Optional.of(p.toAbsolutePath().normalize());
      }
    }
    return Optional.empty();
  }

  /** {@code data/divisions/divisions_2021.csv.gz}, if present. */
  public static Optional<Path> divisions2021() {
    return root().map(r -> r.resolve("data/divisions/divisions_2021.csv.gz")).filter(Files::isRegularFile);
  }

  /** {@code data/divisions/divisions_2016_ur.csv.gz}, if present. */
  public static Optional<Path> divisions2016WithUrbanRural() {
    return root()
        .map(r -> r.resolve("data/divisions/divisions_2016_ur.csv.gz"))
        .filter(Files::isRegularFile);
  }

  /** The message a test gives when it skips for want of the shared data. */
  public static final String SKIPPED = "skipped: ../shared/data/divisions is not present beside the repository";
}
