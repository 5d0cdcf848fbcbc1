package dev.rightful.law.state;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One US state's comprehensive privacy law as data: when it is in force, the rights it grants, its
 * clocks, free requests, appeal, sensitive-data rule, minors' duties, the opt-out signals it
 * requires honouring, its assessment duty, its IAB GPP section and its Attorney General. Each value
 * cites its section. Immutable and thread-safe; built with {@link #builder}.
 *
 * <p>Intake (a request's jurisdiction), signals (GPC per state) and GPP strings read what they need
 * from here: {@link #gppSection()}, {@link SensitiveData#model()}, {@link #gpcFrom()}.
 */
public record Jurisdiction(
    String code,
    String name,
    Statute statute,
    LocalDate inForce,
    List<RightGrant> rights,
    ResponseTerms response,
    FreeRequests freeRequests,
    AppealTerms appeal,
    SensitiveData sensitive,
    List<MinorRule> minors,
    List<OptOutSignal> signals,
    Assessments assessments,
    GppSection gpp,
    AttorneyGeneral attorneyGeneral) {

  public Jurisdiction {
    if (code == null || !code.matches("[A-Z]{2}")) {
      throw new IllegalArgumentException("a state code is two capital letters: " + code);
    }
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(statute, "statute");
    Objects.requireNonNull(inForce, "inForce");
    rights = List.copyOf(rights);
    Objects.requireNonNull(response, "response");
    Objects.requireNonNull(freeRequests, "freeRequests");
    Objects.requireNonNull(sensitive, "sensitive");
    minors = List.copyOf(minors);
    signals = List.copyOf(signals);
    Objects.requireNonNull(assessments, "assessments");
    Objects.requireNonNull(attorneyGeneral, "attorneyGeneral");
  }

  public static Builder builder(String code, String name) {
    return new Builder(code, name);
  }

  public boolean inForceOn(LocalDate date) {
    return !date.isBefore(inForce);
  }

  /** The rights granted on {@code date}; none before the law is in force. */
  public Set<StateRight> rightsOn(LocalDate date) {
    Set<StateRight> granted = EnumSet.noneOf(StateRight.class);
    if (inForceOn(date)) {
      rights.stream().filter(g -> g.grantedOn(date)).map(RightGrant::right).forEach(granted::add);
    }
    return granted;
  }

  public boolean grants(StateRight right, LocalDate date) {
    return rightsOn(date).contains(right);
  }

  /** The grant of {@code right}, if the law ever grants it. */
  public Optional<RightGrant> findGrant(StateRight right) {
    return rights.stream().filter(g -> g.right() == right).findFirst();
  }

  /** The appeal of a refused request; empty where the state has none (Utah, California). */
  public Optional<AppealTerms> findAppeal() {
    return Optional.ofNullable(appeal);
  }

  /** The IAB GPP section that carries this state's choices. */
  public Optional<GppSection> gppSection() {
    return Optional.ofNullable(gpp);
  }

  /** The first day Global Privacy Control must be honoured; empty where it never must. */
  public Optional<LocalDate> gpcFrom() {
    return signals.stream()
        .filter(s -> s.mechanism().equals(OptOutSignal.GPC))
        .map(OptOutSignal::from)
        .findFirst();
  }

  /** Whether Global Privacy Control must be honoured as an opt-out on {@code date}. */
  public boolean requiresGpcOn(LocalDate date) {
    return gpcFrom().filter(from -> !date.isBefore(from)).isPresent();
  }

  /** The minors' duties that apply on {@code date}. */
  public List<MinorRule> minorsOn(LocalDate date) {
    return minors.stream().filter(rule -> rule.appliesOn(date)).toList();
  }

  /** Assembles a jurisdiction; each setter takes the value with its section. Not thread-safe. */
  public static final class Builder {
    private final String code;
    private final String name;
    private Statute statute;
    private LocalDate inForce;
    private final List<RightGrant> rights = new ArrayList<>();
    private ResponseTerms response;
    private FreeRequests freeRequests;
    private AppealTerms appeal;
    private SensitiveData sensitive;
    private final List<MinorRule> minors = new ArrayList<>();
    private final List<OptOutSignal> signals = new ArrayList<>();
    private Assessments assessments;
    private GppSection gpp;
    private AttorneyGeneral attorneyGeneral;

    private Builder(String code, String name) {
      this.code = code;
      this.name = name;
    }

    public Builder law(String lawName, String citation, LocalDate inForce) {
      this.statute = new Statute(lawName, citation);
      this.inForce = inForce;
      return this;
    }

    /** Grants each right from the day the law is in force. */
    public Builder rights(Set<StateRight> granted, String citation) {
      granted.forEach(right -> rights.add(new RightGrant(right, null, null, citation)));
      return this;
    }

    public Builder right(StateRight right, LocalDate from, String scope, String citation) {
      rights.removeIf(g -> g.right() == right && g.from() == null && from == null);
      rights.add(new RightGrant(right, from, scope, citation));
      return this;
    }

    public Builder response(int days, int extensionDays, String citation) {
      this.response = new ResponseTerms(days, extensionDays, citation);
      return this;
    }

    public Builder freeRequests(int perTwelveMonths, String note, String citation) {
      this.freeRequests = new FreeRequests(perTwelveMonths, note, citation);
      return this;
    }

    public Builder appeal(int days, int extensionDays, String citation) {
      this.appeal = new AppealTerms(days, extensionDays, true, citation);
      return this;
    }

    public Builder sensitive(SensitiveData sensitive) {
      this.sensitive = sensitive;
      return this;
    }

    public Builder minor(MinorRule rule) {
      minors.add(rule);
      return this;
    }

    public Builder gpc(LocalDate from, String citation) {
      signals.add(new OptOutSignal(OptOutSignal.GPC, from, citation));
      return this;
    }

    public Builder assessments(Set<AssessmentTrigger> triggers, String note, String citation) {
      this.assessments = new Assessments(triggers, note, citation);
      return this;
    }

    public Builder gpp(int id, String sectionName) {
      this.gpp = new GppSection(id, sectionName);
      return this;
    }

    public Builder attorneyGeneral(String office, String url) {
      this.attorneyGeneral = new AttorneyGeneral(office, url);
      return this;
    }

    public Jurisdiction build() {
      return new Jurisdiction(
          code,
          name,
          statute,
          inForce,
          rights,
          response,
          freeRequests,
          appeal,
          sensitive,
          minors,
          signals,
          assessments,
          gpp,
          attorneyGeneral);
    }
  }
}
