package dev.rightful.consent;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/**
 * One consumer's consent record as staff read it: the ledger subjects that are theirs (the keys
 * given and every subject linked to them, 7025(c)(1)), each choice ever recorded on them, the
 * choice in force per subject, and the opt-outs passed on to recipient vendors with where each
 * stands (7026(f)). Read-only; thread-safe.
 */
public final class ConsumerConsent {
  /**
   * What the ledger holds about one consumer.
   *
   * @param subjects the ledger keys, those given first, then the linked ones
   * @param events the choices recorded on any of them, oldest first
   * @param states the choice in force per subject, for the subjects the ledger knows
   * @param propagation the opt-outs passed on to vendors for any of them, oldest first
   */
  public record View(
      List<String> subjects,
      List<LedgerEvent> events,
      List<SubjectState> states,
      List<PropagationTask> propagation) {
    public View {
      subjects = List.copyOf(subjects);
      events = List.copyOf(events);
      states = List.copyOf(states);
      propagation = List.copyOf(propagation);
    }
  }

  private final Jdbi jdbi;
  private final ConsentLedger ledger = new ConsentLedger();

  public ConsumerConsent(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** The record of the consumer known by these ledger keys (as {@link ConsentService#key}). */
  public View of(Collection<String> keys) {
    if (keys.isEmpty()) {
      return new View(List.of(), List.of(), List.of(), List.of());
    }
    return jdbi.withHandle(
        handle -> {
          Set<String> subjects = new LinkedHashSet<>(keys);
          for (String key : keys) {
            ledger
                .findProfile(handle, key)
                .ifPresent(p -> subjects.addAll(ledger.members(handle, p)));
          }
          List<LedgerEvent> events = new ArrayList<>();
          for (String subject : subjects) {
            events.addAll(ledger.history(handle, subject));
          }
          events.sort(Comparator.comparingLong(LedgerEvent::id));
          Map<String, SubjectState> states = ledger.loadAll(handle, subjects);
          List<SubjectState> known =
              subjects.stream()
                  .map(states::get)
                  .filter(state -> state != null && hasChoice(state))
                  .toList();
          List<PropagationTask> tasks =
              handle
                  .createQuery(
                      "SELECT * FROM consent_propagation WHERE subject IN (<subjects>) ORDER BY id")
                  .bindList("subjects", new ArrayList<>(subjects))
                  .map((rs, ctx) -> PropagationRows.task(rs))
                  .list();
          return new View(new ArrayList<>(subjects), events, known, tasks);
        });
  }

  private static boolean hasChoice(SubjectState state) {
    for (ConsentPurpose purpose : ConsentPurpose.values()) {
      if (state.of(purpose) != null) {
        return true;
      }
    }
    return false;
  }
}
