package dev.rightful.console;

import dev.rightful.datamap.Assessment;
import dev.rightful.datamap.AssessmentCheck;
import dev.rightful.datamap.AssessmentLoader;
import dev.rightful.datamap.DataMap;
import dev.rightful.law.RiskAssessments;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The risk assessments view ({@code /admin/assessments}): the assessments beside the map, read at
 * start-up as the map is, with their review due dates, and the processing still lacking one.
 * Read-only, for every role; {@code rightful validate} is where problems in them are reported.
 */
public final class AssessmentsRoutes {
  static final String PATH = "/admin/assessments";

  private final DataMap map;
  private final List<Assessment> assessments;
  private final Clock clock;
  private final ZoneId zone;

  public AssessmentsRoutes(DataMap map, Clock clock, ZoneId zone) {
    this.map = map;
    this.assessments =
        map.directory() == null ? List.of() : AssessmentLoader.load(map.directory()).assessments();
    this.clock = clock;
    this.zone = zone;
  }

  public void register(RoutesConfig routes) {
    routes.get(PATH, this::show);
  }

  private void show(Context ctx) {
    List<AssessmentsPage.Row> rows = new ArrayList<>();
    for (Assessment a : assessments) {
      List<String> covers = new ArrayList<>();
      a.covers().recipients().forEach(r -> covers.add("recipient " + r));
      a.covers().sensitive().forEach(s -> covers.add("sensitive " + s));
      a.covers().purposes().forEach(p -> covers.add("purpose " + p));
      rows.add(
          new AssessmentsPage.Row(
              a.id(),
              a.title() != null ? a.title() : a.id(),
              String.join(", ", covers),
              a.lastReviewed(),
              a.lastReviewed() == null
                  ? null
                  : RiskAssessments.reviewOverdueFrom(a.lastReviewed())));
    }
    List<AssessmentsPage.Missing> missing = new ArrayList<>();
    for (AssessmentCheck.Trigger t : AssessmentCheck.triggers(map)) {
      if (assessments.stream().noneMatch(t::coveredBy)) {
        missing.add(new AssessmentsPage.Missing(t.described(), t.kind().description(), t.dueBy()));
      }
    }
    Templates.render(
        ctx,
        200,
        "assessments",
        new AssessmentsPage(
            ConsoleUser.of(ctx), LocalDate.now(clock.withZone(zone)), rows, missing));
  }
}
