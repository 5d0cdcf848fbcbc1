package dev.rightful.datamap;

import dev.rightful.law.Category;
import dev.rightful.law.RiskAssessmentTrigger;
import dev.rightful.law.RiskAssessments;
import dev.rightful.law.SensitiveKind;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Which processing in a data map needs a risk assessment (11 CCR 7150(b)), and whether the
 * assessments beside it cover each in time, are reviewed every three years and still match the map
 * (7155). The dates come from {@link RiskAssessments}; this class only reads the map.
 */
public final class AssessmentCheck {
  /** The whole of category L, for a map that collects it without marking a field's kind. */
  public static final String CATEGORY_L = "L";

  private AssessmentCheck() {}

  /**
   * One piece of processing that needs an assessment: {@code ref} is what an assessment's {@code
   * covers} names it by (a recipient id, a sensitive kind or {@code L}); {@code started} is when it
   * began, null when the map does not say.
   */
  public record Trigger(
      RiskAssessmentTrigger kind,
      String ref,
      String described,
      LocalDate started,
      Location location) {
    public LocalDate dueBy() {
      return RiskAssessments.dueBy(started);
    }

    /** Whether {@code assessment} covers this processing. */
    public boolean coveredBy(Assessment assessment) {
      var covers = assessment.covers();
      return switch (kind) {
        case SALE_OR_SHARE -> covers.recipients().contains(ref);
        case SENSITIVE ->
            covers.sensitive().contains(ref) || covers.sensitive().contains(CATEGORY_L);
        default -> false;
      };
    }
  }

  /**
   * The triggers the map shows: each recipient personal information is sold or shared to
   * (7150(b)(1)), and each kind of sensitive personal information the mapped fields hold, or
   * category L when it is collected with no field marked (7150(b)(2)). The map does not yet record
   * ADMT uses or the other 7150(b) processing, so those are not derived.
   */
  public static List<Trigger> triggers(DataMap map) {
    List<Trigger> found = new ArrayList<>();
    for (Recipient r : map.recipients()) {
      if (r.transfer() != null && r.transfer().soldOrShared()) {
        found.add(
            new Trigger(
                RiskAssessmentTrigger.SALE_OR_SHARE,
                r.id(),
                "recipient '" + r.id() + "'",
                r.since(),
                r.location()));
      }
    }
    for (SensitiveKind kind : map.sensitiveKinds()) {
      found.add(
          new Trigger(
              RiskAssessmentTrigger.SENSITIVE,
              kind.id(),
              "sensitive personal information '" + kind.id() + "'",
              null,
              firstField(map, kind).orElse(new Location(map.directory(), 1, 1))));
    }
    if (map.sensitiveKinds().isEmpty() && map.collects(Category.L)) {
      CategoryUse l = map.category(Category.L);
      found.add(
          new Trigger(
              RiskAssessmentTrigger.SENSITIVE,
              CATEGORY_L,
              "category L (sensitive personal information)",
              null,
              l.location() != null ? l.location() : new Location(map.directory(), 1, 1)));
    }
    return found;
  }

  /** The findings for a valid map and its assessments, as of {@code today}. */
  public static List<Problem> check(DataMap map, List<Assessment> assessments, LocalDate today) {
    List<Problem> found = new ArrayList<>();
    for (Assessment a : assessments) {
      references(map, a, found);
    }
    for (Trigger t : triggers(map)) {
      List<Assessment> covering = assessments.stream().filter(t::coveredBy).toList();
      String rule = t.kind().section() + ", 7155";
      if (covering.isEmpty()) {
        boolean overdue = RiskAssessments.missingIsOverdue(t.started(), today);
        found.add(
            new Problem(
                overdue ? Problem.Severity.ERROR : Problem.Severity.WARNING,
                t.location(),
                t.described()
                    + ": "
                    + t.kind().description()
                    + " needs a risk assessment, and no file in "
                    + AssessmentLoader.FOLDER
                    + "/ covers it: "
                    + (overdue ? "it was due by " : "it is due by ")
                    + t.dueBy()
                    + " (see docs/assessments.md)",
                rule));
      }
      for (Assessment a : covering) {
        if (Boolean.FALSE.equals(a.proceed())) {
          found.add(
              new Problem(
                  Problem.Severity.ERROR,
                  t.location(),
                  "assessment '"
                      + a.id()
                      + "' decided the processing does not go ahead ('proceed: false'), yet the"
                      + " map still does it: "
                      + t.described(),
                  "7154"));
        }
      }
    }
    for (Assessment a : assessments) {
      review(a, today, found);
      digest(map, a, today, found);
    }
    return found;
  }

  private static void review(Assessment a, LocalDate today, List<Problem> found) {
    if (a.lastReviewed() == null) {
      return;
    }
    if (RiskAssessments.reviewOverdue(a.lastReviewed(), today)) {
      found.add(
          new Problem(
              Problem.Severity.ERROR,
              a.lastReviewedAt(),
              "assessment '"
                  + a.id()
                  + "' was last reviewed "
                  + a.lastReviewed()
                  + ": a review is due at least every three years, so it was overdue from "
                  + RiskAssessments.reviewOverdueFrom(a.lastReviewed()),
              "7155"));
    }
  }

  private static void digest(DataMap map, Assessment a, LocalDate today, List<Problem> found) {
    String current = digest(map, a.covers());
    if (a.coversDigest() == null) {
      found.add(
          new Problem(
              Problem.Severity.ERROR,
              a.location(),
              "assessment '"
                  + a.id()
                  + "' has no 'coversDigest', so a change to what it covers would go unnoticed:"
                  + " once reviewed against the map, add 'coversDigest: "
                  + current
                  + "'",
              "7155"));
      return;
    }
    if (a.coversDigest().equals(current)) {
      return;
    }
    boolean inGrace =
        a.materialChange() != null && !RiskAssessments.updateOverdue(a.materialChange(), today);
    String when =
        a.materialChange() == null
            ? "if the change is material, update the assessment within 45 days of it (set"
                + " 'materialChange' to the day it changed to have them counted)"
            : "update the assessment within 45 days of the change, "
                + (inGrace ? "by " : "it was due by ")
                + RiskAssessments.updateDueBy(a.materialChange());
    found.add(
        new Problem(
            inGrace ? Problem.Severity.WARNING : Problem.Severity.ERROR,
            a.digestAt(),
            "the map changed what assessment '"
                + a.id()
                + "' covers since its last review (coversDigest "
                + a.coversDigest()
                + ", the map now gives "
                + current
                + "): "
                + when
                + "; after reviewing it, set 'lastReviewed' and 'coversDigest: "
                + current
                + "'",
            "7155"));
  }

  /** Covers that name what the map does not hold are errors: they assess nothing. */
  private static void references(DataMap map, Assessment a, List<Problem> found) {
    for (String id : a.covers().recipients()) {
      if (map.findRecipient(id).isEmpty()) {
        found.add(Problem.error(a.location(), unknown(a, "recipient", id)));
      }
    }
    for (String id : a.covers().purposes()) {
      if (map.findPurpose(id).isEmpty()) {
        found.add(Problem.error(a.location(), unknown(a, "purpose", id)));
      }
    }
    for (String id : a.covers().sensitive()) {
      boolean known =
          CATEGORY_L.equals(id)
              ? map.collectsSensitive()
              : SensitiveKind.fromId(id).map(map.sensitiveKinds()::contains).orElse(false);
      if (!known) {
        found.add(Problem.error(a.location(), unknown(a, "sensitive kind", id)));
      }
    }
  }

  private static String unknown(Assessment a, String what, String id) {
    return "assessment '"
        + a.id()
        + "' covers "
        + what
        + " '"
        + id
        + "', which the map does not hold";
  }

  /**
   * A digest of the map facts an assessment covers: each covered recipient's kind, transfer,
   * categories, purposes and vendors; the fields holding each covered sensitive kind; each covered
   * purpose's wording. Any change to them changes it; order in the files does not.
   */
  public static String digest(DataMap map, Assessment.Covers covers) {
    TreeSet<String> facts = new TreeSet<>();
    for (String id : covers.recipients()) {
      map.findRecipient(id)
          .ifPresent(
              r ->
                  facts.add(
                      "recipient|"
                          + r.id()
                          + "|"
                          + r.kind()
                          + "|"
                          + r.transfer()
                          + "|"
                          + new TreeSet<>(r.categories())
                          + "|"
                          + new TreeSet<>(r.purposeIds())
                          + "|"
                          + r.vendors().stream()
                              .map(Recipient.Vendor::name)
                              .sorted()
                              .collect(Collectors.joining(","))));
    }
    for (String id : covers.sensitive()) {
      if (CATEGORY_L.equals(id)) {
        CategoryUse l = map.category(Category.L);
        facts.add(
            "sensitive|L|"
                + l.collected()
                + "|"
                + l.specifics()
                + "|"
                + (l.usedFor() == null
                    ? ""
                    : l.usedFor().stream()
                        .map(CategoryUse.Use::purpose)
                        .sorted()
                        .collect(Collectors.joining(","))));
      } else {
        SensitiveKind.fromId(id)
            .ifPresent(kind -> facts.add("sensitive|" + id + "|" + fieldsOf(map, kind)));
      }
    }
    for (String id : covers.purposes()) {
      map.findPurpose(id).ifPresent(p -> facts.add("purpose|" + p.id() + "|" + p.description()));
    }
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(String.join("\n", facts).getBytes(StandardCharsets.UTF_8));
      return "sha256:" + HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static String fieldsOf(DataMap map, SensitiveKind kind) {
    TreeSet<String> fields = new TreeSet<>();
    for (DataSystem s : map.systems()) {
      for (Table t : s.tables()) {
        for (Field f : t.fields()) {
          if (f.sensitive() == kind) {
            fields.add(s.id() + "." + t.name() + "." + f.name());
          }
        }
      }
    }
    return String.join(",", fields);
  }

  private static Optional<Location> firstField(DataMap map, SensitiveKind kind) {
    return map.systems().stream()
        .flatMap(s -> s.tables().stream())
        .flatMap(t -> t.fields().stream())
        .filter(f -> f.sensitive() == kind)
        .map(Field::location)
        .findFirst();
  }
}
