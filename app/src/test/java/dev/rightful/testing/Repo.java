package dev.rightful.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the repository root and the shared reference files from a test. */
public final class Repo {
  private Repo() {}

  public static Path root() {
    String fromSurefire = System.getProperty("rightful.repo");
    if (fromSurefire != null) {
      return Path.of(fromSurefire).toAbsolutePath().normalize();
    }
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("examples"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("cannot find the repository root (a folder with examples/)");
    }
    return dir;
  }

  public static Path exampleMap() {
    return root().resolve("examples/net2phone");
  }

  /** {@code ../shared/reference/NAME} beside the repository. */
  public static Path sharedReference(String name) {
    return root().resolve("../shared/reference").resolve(name).normalize();
  }
}
