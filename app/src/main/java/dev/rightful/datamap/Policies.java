package dev.rightful.datamap;

import java.time.LocalDate;
import java.util.List;

/** The statements of practice a notice must make, each with where the map made it. */
public final class Policies {
  private Policies() {}

  /** Notice metadata: when it was last updated and how often it is reviewed (rule 40). */
  public record NoticeMeta(LocalDate lastUpdated, int reviewMonths, Location location) {}

  /** How consumers submit requests and opt out (rules 1, 31, 37). */
  public record Methods(
      List<String> requestMethods,
      List<String> optOutMethods,
      List<String> limitMethods,
      Location location) {}

  /** The minors policy (CC 1798.120(c)). */
  public record Minors(boolean knowinglyCollectsUnder16, boolean sellsOrSharesUnder16WithOptIn) {}

  /** A financial incentive offered for personal information (CC 1798.125(b); 7016). */
  public record FinancialIncentive(String name, String description, Location location) {}

  /** How the site responds to Do Not Track (Bus. &amp; Prof. Code 22575(b)(5)). */
  public record DoNotTrack(boolean honored, String statement, Location location) {}
}
