package dev.rightful.consent;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import dev.rightful.consent.internal.SubjectKeys;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The preference ledger's front door: records choices (applying each to every subject linked to the
 * one it was made on), links subjects, records ages and parental consents, and answers decisions
 * from a cache. Thread-safe.
 *
 * <p>Writes go to the database in one transaction and then evict the touched subjects from this
 * node's cache. Other nodes see the change when their entry expires ({@code cacheTtl}), which is
 * far inside the 15 business days an opt-out may take (7026(f)(1)); a consumer's own view ({@link
 * #currentState}) always reads the database.
 */
public final class ConsentService {
  private final Jdbi jdbi;
  private final LedgerTransactions transactions;
  private final ClientAudit audit;
  private final ConsentLedger ledger = new ConsentLedger();
  private final ConsentRules rules;
  private final EmailHasher hasher;
  private final Clock clock;
  private final OptOutListener listener;
  private final LoadingCache<String, SubjectState> cache;

  // Built by ConsentModule, which hands it the audit of machine clients' writes.
  ConsentService(
      Jdbi jdbi,
      ConsentRules rules,
      EmailHasher hasher,
      Clock clock,
      OptOutListener listener,
      ClientAudit audit,
      Duration cacheTtl,
      long cacheSize) {
    this.jdbi = jdbi;
    this.transactions = new LedgerTransactions(jdbi);
    this.audit = audit;
    this.rules = rules;
    this.hasher = hasher;
    this.clock = clock;
    this.listener = listener;
    this.cache =
        Caffeine.newBuilder()
            .maximumSize(cacheSize)
            .expireAfterWrite(cacheTtl)
            .build(
                new com.github.benmanes.caffeine.cache.CacheLoader<>() {
                  @Override
                  public SubjectState load(String key) {
                    return jdbi.withHandle(h -> ledger.load(h, key));
                  }

                  @Override
                  public Map<String, SubjectState> loadAll(Set<? extends String> keys) {
                    return jdbi.withHandle(h -> ledger.loadAll(h, new ArrayList<>(keys)));
                  }
                });
  }

  public ConsentRules rules() {
    return rules;
  }

  public Clock clock() {
    return clock;
  }

  /** The ledger key of {@code subject}: an email address becomes its keyed hash. */
  public String key(ConsentSubject subject) {
    return subject.key(hasher);
  }

  /**
   * The ledger key of a subject written as text, or empty when the text is malformed. The common
   * device and account subjects take no allocation beyond the check.
   */
  public Optional<String> key(String text) {
    if (text != null && SubjectKeys.isOwnKey(text)) {
      return Optional.of(text);
    }
    return ConsentSubject.parse(text).map(this::key);
  }

  /** The decision for a ledger key, from the cache. */
  public Decision decide(String key, ConsentPurpose purpose) {
    return rules.decide(cache.get(key), purpose, clock);
  }

  /** Decisions for many (key, purpose) pairs, loading all missing subjects in one query. */
  public List<Decision> decideAll(List<String> keys, List<ConsentPurpose> purposes) {
    Map<String, SubjectState> states = cache.getAll(keys);
    List<Decision> out = new ArrayList<>(keys.size());
    for (int i = 0; i < keys.size(); i++) {
      out.add(rules.decide(states.get(keys.get(i)), purposes.get(i), clock));
    }
    return out;
  }

  /** The state of a subject as the database holds it now, bypassing the cache. */
  public SubjectState currentState(String key) {
    return jdbi.withHandle(h -> ledger.load(h, key));
  }

  /**
   * Records the US state {@code key}'s visitor is in now (a two-letter code), so that decisions and
   * the GPP strings served to vendors follow that state's law as the cookie tool does. A visit from
   * the state already on record writes nothing.
   */
  public void recordRegion(String key, String region) {
    Instant now = clock.instant();
    boolean changed =
        transactions.inTransaction(
            handle -> {
              ledger.createSubject(handle, key, now, null);
              return ledger.setRegion(handle, key, region);
            });
    if (changed) {
      cache.invalidate(key);
    }
  }

  public List<LedgerEvent> history(String key) {
    return jdbi.withHandle(h -> ledger.history(h, key));
  }

  /**
   * Records an opt-out preference signal for a browser's subject and, through its links, for the
   * known consumer (7025(c)(1)). A signal repeated while the opt-out stands adds nothing.
   */
  public Recorded recordSignal(String key, ChoiceContext context) {
    return record(
        key,
        EnumSet.of(ConsentPurpose.SALE, ConsentPurpose.SHARE),
        Choice.OPT_OUT,
        context,
        false,
        true);
  }

  /**
   * Records {@code choice} for {@code purposes} on the subject {@code key} and every subject linked
   * to it. An opt-in is checked against {@link ConsentRules#checkOptIn} first: {@code confirmed}
   * says the consumer confirmed in a second step, {@code signalPresent} that the same request
   * carries an opt-out preference signal. Purposes the notice does not declare are skipped for
   * opt-outs (there is nothing to stop) and refused for opt-ins.
   */
  public Recorded record(
      String key,
      Set<ConsentPurpose> purposes,
      Choice choice,
      ChoiceContext context,
      boolean confirmed,
      boolean signalPresent) {
    return record(key, purposes, choice, context, confirmed, signalPresent, null);
  }

  /**
   * As above, for {@code client} when a machine client made the choice through the service API
   * (null otherwise): its opt-in over a standing opt-out is refused ({@link
   * ConsentRules#checkClientOptIn}), and the change or the refusal is audited with its token id.
   */
  Recorded record(
      String key,
      Set<ConsentPurpose> purposes,
      Choice choice,
      ChoiceContext context,
      boolean confirmed,
      boolean signalPresent,
      ServiceClient client) {
    // As the database keeps it, so the state computed here is the state a read would give.
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    LocalDate today = LocalDate.now(clock);
    Write write =
        transactions.inTransaction(
            handle -> {
              // A new subject's opt-out time goes into the row that creates it.
              boolean optsOut =
                  choice == Choice.OPT_OUT
                      && purposes.stream().anyMatch(rules.practices()::declares);
              Locked locked = lockProfileOf(handle, key, now, optsOut ? now : null);
              List<String> members = locked.members();
              Map<String, SubjectState> states =
                  locked.created()
                      ? Map.of(key, SubjectState.unknown(key))
                      : ledger.loadAll(handle, members);
              SubjectState origin = states.get(key);
              if (choice == Choice.OPT_IN) {
                for (ConsentPurpose purpose : purposes) {
                  Optional<OptInRefusal> refusal =
                      rules.checkOptIn(
                          origin, purpose, context.source(), confirmed, signalPresent, today);
                  if (refusal.isEmpty() && client != null) {
                    refusal = rules.checkClientOptIn(states.values(), purpose);
                    refusal.ifPresent(r -> audit.refused(handle, client, key, purposes, r));
                  }
                  if (refusal.isPresent()) {
                    return new Write(List.of(), Set.of(), refusal, origin, false);
                  }
                }
              }
              Set<ConsentPurpose> newlyOptedOut = EnumSet.noneOf(ConsentPurpose.class);
              List<ConsentLedger.Append> appends = new ArrayList<>();
              boolean changed = false;
              SubjectState after = origin;
              for (String member : members) {
                boolean optedOut = false;
                for (ConsentPurpose purpose : purposes) {
                  if (!rules.practices().declares(purpose)) {
                    continue;
                  }
                  PurposeState current = states.get(member).of(purpose);
                  boolean same = current != null && current.choice() == choice;
                  if (same && context.source() == ChoiceSource.GPC) {
                    continue;
                  }
                  if (choice == Choice.OPT_IN
                      && !member.equals(key)
                      && rules
                          .checkOptIn(
                              states.get(member), purpose, context.source(), true, false, today)
                          .isPresent()) {
                    // a linked subject the opt-in cannot cover (say, a known child's account)
                    continue;
                  }
                  appends.add(
                      new ConsentLedger.Append(
                          member, purpose, choice, context, now, key, current));
                  changed |= !same;
                  if (member.equals(key)) {
                    after = after.with(purpose, new PurposeState(choice, context.source(), now));
                  }
                  if (choice == Choice.OPT_OUT) {
                    optedOut = true;
                    if (!same && purpose.soldOrShared()) {
                      newlyOptedOut.add(purpose);
                    }
                  }
                }
                if (optedOut) {
                  if (!locked.created()) {
                    ledger.markOptOut(handle, member, now);
                  }
                  if (member.equals(key)) {
                    after = after.withLastOptOutAt(now);
                  }
                }
              }
              List<Long> events = ledger.appendAll(handle, appends);
              if (client != null && !events.isEmpty()) {
                audit.recorded(
                    handle, client, key, purposes, choice, context.source(), changed, events);
              }
              return new Write(
                  members, newlyOptedOut, Optional.empty(), changed ? after : origin, changed);
            });
    cache.invalidateAll(write.members());
    if (!write.newlyOptedOut().isEmpty()) {
      listener.optedOut(key, write.newlyOptedOut(), write.state(), now, context.source());
    }
    return new Recorded(key, write.changed(), write.refusal(), write.state());
  }

  /**
   * Links two subjects as one consumer (the company's sign-in tells Rightful that a device belongs
   * to an account, for instance). Their profiles merge; an opt-out in force on either side then
   * covers both (7025(c)(1)), and the youngest recorded age applies to all.
   */
  public void link(String first, String second, ChoiceContext context) {
    link(first, second, context, null);
  }

  /** As above; {@code client}, when not null, is the machine client the link is audited for. */
  void link(String first, String second, ChoiceContext context, ServiceClient client) {
    Instant now = clock.instant();
    List<String> touched =
        transactions.inTransaction(
            handle -> {
              String to = ledger.ensureSubject(handle, first, now);
              String from = ledger.ensureSubject(handle, second, now);
              ledger.lockProfiles(handle, List.of(to, from));
              if (!to.equals(ledger.findProfile(handle, first).orElseThrow())
                  || !from.equals(ledger.findProfile(handle, second).orElseThrow())) {
                throw new LedgerTransactions.ProfileMoved();
              }
              if (client != null) {
                audit.linked(handle, client, first, second);
              }
              if (!to.equals(from)) {
                ledger.mergeProfiles(handle, from, to);
              }
              List<String> members = ledger.members(handle, to);
              Map<String, SubjectState> states = ledger.loadAll(handle, members);
              LocalDate youngest =
                  states.values().stream()
                      .map(SubjectState::bornOn)
                      .filter(d -> d != null)
                      .max(LocalDate::compareTo)
                      .orElse(null);
              List<ConsentLedger.Append> carried = new ArrayList<>();
              Set<String> optedOut = new TreeSet<>();
              for (ConsentPurpose purpose : ConsentPurpose.values()) {
                Optional<PurposeState> optOut =
                    states.values().stream()
                        .map(s -> s.of(purpose))
                        .filter(s -> s != null && s.choice() == Choice.OPT_OUT)
                        .findFirst();
                if (optOut.isEmpty()) {
                  continue;
                }
                ChoiceContext carriedOver =
                    new ChoiceContext(
                        optOut.get().source(), null, null, "carried over when linked");
                for (String member : members) {
                  if (!states.get(member).optedOut(purpose)) {
                    carried.add(
                        new ConsentLedger.Append(
                            member,
                            purpose,
                            Choice.OPT_OUT,
                            carriedOver,
                            now,
                            first,
                            states.get(member).of(purpose)));
                    optedOut.add(member);
                  }
                }
              }
              ledger.appendAll(handle, carried);
              optedOut.forEach(member -> ledger.markOptOut(handle, member, now));
              if (youngest != null) {
                members.forEach(m -> ledger.setBornOn(handle, m, youngest));
              }
              return members;
            });
    cache.invalidateAll(touched);
  }

  /**
   * Records that the business knows the consumer's birth date (actual knowledge of age, CC
   * 1798.120(c)); it applies to every linked subject.
   */
  public void recordBirthDate(String key, LocalDate bornOn) {
    recordBirthDate(key, bornOn, null);
  }

  /** As above; {@code client}, when not null, is the machine client the write is audited for. */
  void recordBirthDate(String key, LocalDate bornOn, ServiceClient client) {
    Instant now = clock.instant();
    List<String> members =
        transactions.inTransaction(
            handle -> {
              List<String> all = lockProfileOf(handle, key, now, null).members();
              if (client != null) {
                audit.ageRecorded(handle, client, key);
              }
              all.forEach(m -> ledger.setBornOn(handle, m, bornOn));
              return all;
            });
    cache.invalidateAll(members);
  }

  /**
   * Records a parent's or guardian's verified opt-in for a child (7070(a)(2)); the method and the
   * person who verified it go into the ledger entry.
   */
  public Recorded recordParentalConsent(
      String key, Set<ConsentPurpose> purposes, ParentalConsentMethod method, String verifiedBy) {
    return recordParentalConsent(null, key, purposes, method, verifiedBy);
  }

  /**
   * Records a parental consent a machine client reports: audited with its token id, and refused
   * like any client's opt-in while an opt-out stands.
   */
  Recorded recordParentalConsent(
      ServiceClient client,
      String key,
      Set<ConsentPurpose> purposes,
      ParentalConsentMethod method,
      String verifiedBy) {
    ChoiceContext context =
        new ChoiceContext(
            ChoiceSource.PARENTAL_CONSENT,
            null,
            null,
            "method=" + method.id() + "; verified-by=" + verifiedBy);
    return record(key, purposes, Choice.OPT_IN, context, true, false, client);
  }

  /**
   * Creates {@code key} if new (with {@code optedOutAt} as its latest opt-out, or none) and locks
   * every subject of its profile; returns them in subject order. A link that moved the subject to
   * another profile meanwhile makes the transaction retry.
   */
  private Locked lockProfileOf(Handle handle, String key, Instant now, Instant optedOutAt) {
    if (ledger.createSubject(handle, key, now, optedOutAt).isPresent()) {
      // new, alone in its profile, its row locked by the insert: nothing else to lock or read
      return new Locked(List.of(key), true);
    }
    String profile = ledger.findProfile(handle, key).orElseThrow();
    List<String> members = ledger.lockProfiles(handle, List.of(profile));
    if (!profile.equals(ledger.findProfile(handle, key).orElseThrow())) {
      throw new LedgerTransactions.ProfileMoved();
    }
    return new Locked(members, false);
  }

  /** The subjects of a profile, locked; {@code created}: the subject asked for is new. */
  private record Locked(List<String> members, boolean created) {}

  private record Write(
      List<String> members,
      Set<ConsentPurpose> newlyOptedOut,
      Optional<OptInRefusal> refusal,
      SubjectState state,
      boolean changed) {}
}
