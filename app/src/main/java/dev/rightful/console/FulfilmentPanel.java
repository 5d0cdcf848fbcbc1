package dev.rightful.console;

import dev.rightful.fulfil.JobSteps;
import dev.rightful.fulfil.notify.Notice;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The fulfilment part of a request's page: the plan shown before anything runs (ordered statements
 * per company database, the tables to handle by hand in a manual system), each step's status with a
 * blocked flag, and the recipient notices with their due dates. Immutable.
 *
 * @param runs whether this type is carried out in the company's systems (delete, know, correct)
 * @param canStart whether the user may start it now: the request may be fulfilled ({@link
 *     dev.rightful.requests.FulfilGate}), and the user is an agent or admin
 * @param notYet why an open request may not be fulfilled yet (an agent the consumer has not
 *     confirmed), or null
 * @param systems one entry per system of the map, in the map's order
 * @param notices the vendors told of this request
 * @param gathersData a request to know: confirming a manual or email system's step may attach the
 *     data the person gathered, for the access package
 */
public record FulfilmentPanel(
    boolean runs,
    boolean canStart,
    String notYet,
    List<SystemView> systems,
    List<Notice> notices,
    LocalDate today,
    boolean canAct,
    boolean gathersData) {

  public FulfilmentPanel {
    systems = List.copyOf(systems);
    notices = List.copyOf(notices);
  }

  /**
   * One system of the plan and where its step stands.
   *
   * @param statements the exact statements, in order, for a company database; for a manual system,
   *     the tables a person searches
   * @param step the recorded step, or null before it ran
   */
  private static final DateTimeFormatter SINCE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm 'UTC'", Locale.ROOT);

  public record SystemView(
      String id, String name, String connector, List<String> statements, JobSteps.Step step) {
    public SystemView {
      statements = List.copyOf(statements);
    }

    public boolean manual() {
      return !"jdbc".equals(connector);
    }

    public boolean blocked() {
      return step != null && step.isBlocked();
    }

    public boolean waiting() {
      return step != null && step.isWaiting();
    }

    /** The step's status; a waiting one says since when, so a vendor that went quiet shows. */
    public String status() {
      if (step == null) {
        return "not started";
      }
      return step.isWaiting()
          ? "waiting since " + SINCE.format(step.updatedAt().atOffset(ZoneOffset.UTC))
          : step.status().id();
    }
  }

  /** The blocked systems: shown as a flag at the top of the panel. */
  public List<SystemView> blocked() {
    return systems.stream().filter(SystemView::blocked).toList();
  }

  public boolean confirmable(Notice notice) {
    return canAct && notice.confirmable();
  }

  public boolean confirmable(SystemView system) {
    return canAct && system.waiting();
  }

  public boolean overdue(Notice notice) {
    return notice.overdue(today);
  }
}
