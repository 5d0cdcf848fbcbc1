package dev.rightful.fulfil;

import dev.rightful.testing.Repo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A copy of the Net2Phone map in a temporary directory with vendors added: AdCo (ad-partners) on a
 * webhook signed with its own secret, {@code ADCO_SECRET}; PostCo (cloud-hosting) by email; OpsCo
 * (operating-systems) with neither, a manual task.
 */
public final class VendorMap {
  private VendorMap() {}

  public static Path write(Path directory, String adcoWebhook) {
    try (Stream<Path> files = Files.list(Repo.exampleMap())) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
        Files.copy(file, directory.resolve(file.getFileName()));
      }
      Path disclosures = directory.resolve("disclosures.yaml");
      String yaml = Files.readString(disclosures);
      yaml =
          add(
              yaml,
              "    transfer: sale-and-share\n",
              "    vendors:\n      - name: AdCo\n        webhook: "
                  + adcoWebhook
                  + "\n        secretEnv: ADCO_SECRET\n");
      yaml =
          add(
              yaml,
              "  - id: cloud-hosting\n",
              "    vendors:\n      - name: PostCo\n        email: privacy@postco.example\n");
      yaml = add(yaml, "  - id: operating-systems\n", "    vendors:\n      - name: OpsCo\n");
      Files.writeString(disclosures, yaml);
      return directory;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String add(String yaml, String after, String lines) {
    int at = yaml.indexOf(after);
    if (at < 0) {
      throw new IllegalStateException("the example map changed: no '" + after.strip() + "'");
    }
    return yaml.substring(0, at + after.length()) + lines + yaml.substring(at + after.length());
  }
}
