package dev.rightful.center;

import dev.rightful.datamap.AdmtUse;
import dev.rightful.law.RequestType;
import java.util.List;

/**
 * The pre-use notice of one ADMT use (11 CCR 7220), written from the map: the specific purpose, the
 * opt-out (or the appeal path or exception that replaces it), the access right, non-retaliation,
 * and how the technology works with the alternative process. Immutable.
 */
public record AdmtNoticePage(AdmtUse use, String company) {
  /** The categories of personal information the use reads, in the catalog's words. */
  public List<String> categories() {
    return use.categories().stream()
        .sorted()
        .map(c -> c.letter() + ". " + c.statutoryName())
        .toList();
  }

  public String decisionWords() {
    return use.decision() == null ? "" : use.decision().words();
  }

  /** The form for the ADMT opt-out, when it is offered (7221(a)). */
  public String optOutPath() {
    return CenterRoutes.FORM + "/new?type=" + RequestType.OPT_OUT_ADMT.id();
  }

  public String accessPath() {
    return CenterRoutes.FORM + "/new?type=" + RequestType.ACCESS_ADMT.id();
  }

  /** The exception relied on, cited, when the opt-out is not offered. */
  public String exceptionWords() {
    if (use.exception() == null) {
      return "";
    }
    return switch (use.exception()) {
      case HUMAN_APPEAL ->
          "You may appeal the decision to a person who can review it and change it (11 CCR "
              + use.exception().citation()
              + ").";
      case ADMISSION_ACCEPTANCE_HIRING ->
          "We use this technology solely to decide on admission, acceptance or hiring, and it does"
              + " not discriminate (11 CCR "
              + use.exception().citation()
              + ").";
      case WORK_ALLOCATION_COMPENSATION ->
          "We use this technology solely to allocate work or compensation, and it does not"
              + " discriminate (11 CCR "
              + use.exception().citation()
              + ").";
    };
  }
}
