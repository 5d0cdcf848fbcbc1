package dev.rightful.law.state;

import dev.rightful.law.KnowRequestLimit;
import dev.rightful.law.NoticeFacts;
import dev.rightful.law.ResponseClock;
import dev.rightful.law.Right;
import dev.rightful.law.SensitiveKind;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * California as one jurisdiction among the states. Its rules stay where they are: the rights in
 * {@link Right}, the clocks in {@link ResponseClock} and {@link dev.rightful.law.Deadlines} (with
 * the business days and holidays of {@link dev.rightful.law.BusinessCalendar}), the sensitive kinds
 * in {@link SensitiveKind}, the minors' ages in {@link NoticeFacts}. This definition reads them; it
 * states only what they do not (the GPC date, the GPP section, the regulator).
 */
final class California {
  private California() {}

  // ResponseClock.FORTY_FIVE_CALENDAR_DAYS: know, delete and correct requests
  private static final ResponseClock CLOCK = ResponseClock.FORTY_FIVE_CALENDAR_DAYS;

  static final Jurisdiction DEFINITION =
      Jurisdiction.builder("CA", "California")
          // CC 1798.100 et seq. as amended by the CPRA, operative 2023-01-01
          .law(
              "California Consumer Privacy Act",
              "Cal. Civ. Code § 1798.100 et seq.",
              LocalDate.of(2023, 1, 1))
          .rights(rights(), "Cal. Civ. Code §§ 1798.100–1798.125")
          .response(CLOCK.count(), NoticeFacts.EXTENSION_DAYS, CLOCK.citation())
          // CC 1798.130(b), KnowRequestLimit: two know responses per 12 months
          .freeRequests(
              NoticeFacts.MAX_KNOW_RESPONSES_PER_12_MONTHS,
              "requests to know; see " + KnowRequestLimit.class.getSimpleName(),
              "CC 1798.130(b)")
          // no appeal is required; a denial states "any rights … to appeal" (CC 1798.145(i)(2))
          .sensitive(
              new SensitiveData(
                  SensitiveModel.RIGHT_TO_LIMIT, sensitiveTypes(), "CC 1798.140(ae), 1798.121"))
          .minor(
              new MinorRule(
                  0,
                  NoticeFacts.PARENTAL_CONSENT_UNDER_AGE,
                  MinorDuty.PARENTAL_CONSENT,
                  null,
                  "CC 1798.120(c)"))
          .minor(
              new MinorRule(
                  NoticeFacts.PARENTAL_CONSENT_UNDER_AGE,
                  NoticeFacts.MINORS_OPT_IN_UNDER_AGE,
                  MinorDuty.CONSENT_FOR_ADVERTISING_AND_SALE,
                  null,
                  "CC 1798.120(c)"))
          // 7025: opt-out preference signals, in the regulations effective 2023-03-29
          .gpc(LocalDate.of(2023, 3, 29), "7025(b)")
          // 7150(b): risk assessments for sale or sharing, sensitive data, ADMT
          .assessments(
              EnumSet.of(
                  AssessmentTrigger.SALE,
                  AssessmentTrigger.TARGETED_ADVERTISING,
                  AssessmentTrigger.SENSITIVE_DATA,
                  AssessmentTrigger.PROFILING),
              "processing under way on 2026-01-01 assessed by 2027-12-31 (7155)",
              "7150(b)")
          .gpp(8, "usca")
          .attorneyGeneral(
              "California Privacy Protection Agency",
              "https://cppa.ca.gov/webapplications/complaint")
          .build();

  private static Set<StateRight> rights() {
    Set<StateRight> rights = EnumSet.noneOf(StateRight.class);
    Arrays.stream(Right.values()).flatMap(California::asStateRights).forEach(rights::add);
    return rights;
  }

  /** The state rights a CCPA right covers; non-discrimination is a rule, not a request. */
  static Stream<StateRight> asStateRights(Right right) {
    return switch (right) {
      case KNOW_AND_ACCESS -> Stream.of(StateRight.CONFIRM_AND_ACCESS, StateRight.PORTABILITY);
      case DELETE -> Stream.of(StateRight.DELETE);
      case CORRECT -> Stream.of(StateRight.CORRECT);
      case OPT_OUT_OF_SALE_OR_SHARING ->
          Stream.of(StateRight.OPT_OUT_OF_SALE, StateRight.OPT_OUT_OF_TARGETED_ADVERTISING);
      case LIMIT_SENSITIVE_PI -> Stream.of(StateRight.LIMIT_SENSITIVE);
      case NON_DISCRIMINATION -> Stream.empty();
    };
  }

  private static Set<SensitiveType> sensitiveTypes() {
    Set<SensitiveType> types = EnumSet.noneOf(SensitiveType.class);
    for (SensitiveKind kind : SensitiveKind.values()) {
      types.addAll(SensitiveType.of(kind));
    }
    return types;
  }
}
