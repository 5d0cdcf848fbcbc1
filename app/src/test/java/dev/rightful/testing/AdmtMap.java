package dev.rightful.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The example company with one ADMT use added (a credit check for postpaid service, docs/admt.md):
 * its reference notice declares none, so tests of the ADMT requests and pages copy the map (with
 * its assessments and brand folders) and add this file.
 */
public final class AdmtMap {
  private AdmtMap() {}

  public static final String CREDIT_CHECK =
      """
      admt:
        - id: credit-check
          name: Credit check for postpaid service
          decision: financial-or-lending
          purpose: To decide whether a new customer may take a postpaid plan without a deposit.
          logic: >-
            A scoring model weighs the payment history of the customer's earlier accounts and the
            age of the billing address; a score of 640 or more passes.
          output: A pass opens the plan at once; a score below 640 asks for a deposit.
          categories: [A, B, D]
          humanReview: A credit analyst reviews each deposit request on the customer's call.
          alternative: A credit analyst decides from the documents the customer sends.
          recipients: [data-analysis]
          since: 2025-04-01
      """;

  /** A copy of the example map in {@code map} (its demo database left out) with {@code admt}. */
  public static Path exampleWith(Path map, String admt) {
    Path example = Repo.exampleMap();
    try (Stream<Path> files = Files.walk(example)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String name = example.relativize(file).toString();
        if (!name.startsWith("db")) {
          Path target = map.resolve(name);
          Files.createDirectories(target.getParent());
          Files.copy(file, target);
        }
      }
      Files.writeString(map.resolve("admt.yaml"), admt);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return map;
  }
}
