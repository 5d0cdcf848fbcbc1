package dev.rightful.consent;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The consent tables of Rightful's database: subjects and their profiles, the append-only event
 * history and the state in force. Every method runs on the caller's {@link Handle}, so a service
 * composes them into one transaction. Stateless and thread-safe.
 */
public final class ConsentLedger {

  /** The profile of {@code subject}, creating the subject in a profile of its own if new. */
  public String ensureSubject(Handle handle, String subject, Instant now) {
    return createSubject(handle, subject, now, null)
        .or(() -> findProfile(handle, subject))
        .orElseThrow();
  }

  /**
   * Creates {@code subject} in a profile of its own unless it exists; returns that new profile, or
   * empty when the subject existed. A subject created here stays locked by its insert until the
   * transaction ends, and no other transaction can know its profile before then. {@code optedOutAt}
   * is the time of the opt-out the caller is recording for a new subject, or null.
   */
  public Optional<String> createSubject(
      Handle handle, String subject, Instant now, Instant optedOutAt) {
    String profile = UUID.randomUUID().toString();
    int created =
        handle
            .createUpdate(
                "INSERT INTO consent_subject (subject, profile, created_at, last_opt_out_at)"
                    + " VALUES (:s, :p, :at, :optedOutAt) ON CONFLICT DO NOTHING")
            .bind("s", subject)
            .bind("p", profile)
            .bind("at", utc(now))
            .bind("optedOutAt", utc(optedOutAt))
            .execute();
    return created == 1 ? Optional.of(profile) : Optional.empty();
  }

  /**
   * Locks every subject of the given profiles for the rest of the transaction, in subject order, so
   * that writers of linked subjects take turns and never wait on each other in a cycle; returns
   * them in that order.
   */
  public List<String> lockProfiles(Handle handle, Collection<String> profiles) {
    return handle
        .createQuery(
            "SELECT subject FROM consent_subject WHERE profile IN (<profiles>)"
                + " ORDER BY subject FOR UPDATE")
        .bindList("profiles", new ArrayList<>(profiles))
        .mapTo(String.class)
        .list();
  }

  public Optional<String> findProfile(Handle handle, String subject) {
    return handle
        .createQuery("SELECT profile FROM consent_subject WHERE subject = :s")
        .bind("s", subject)
        .mapTo(String.class)
        .findOne();
  }

  /** Every subject of {@code profile}, in a stable order. */
  public List<String> members(Handle handle, String profile) {
    return handle
        .createQuery("SELECT subject FROM consent_subject WHERE profile = :p ORDER BY subject")
        .bind("p", profile)
        .mapTo(String.class)
        .list();
  }

  /** Moves every subject of profile {@code from} into profile {@code to}. */
  public void mergeProfiles(Handle handle, String from, String to) {
    handle
        .createUpdate("UPDATE consent_subject SET profile = :to WHERE profile = :from")
        .bind("to", to)
        .bind("from", from)
        .execute();
  }

  /**
   * One choice to append: {@code madeOn} is the subject the choice was made on (a linked one, or
   * this), {@code current} the state in force read under the subject's lock (null: none).
   */
  public record Append(
      String subject,
      ConsentPurpose purpose,
      Choice choice,
      ChoiceContext context,
      Instant at,
      String madeOn,
      PurposeState current) {}

  /**
   * Appends the event of each choice and makes it the state in force, in one batch of events and
   * one of states (a round trip each, however many purposes and linked subjects); returns the
   * events' ids in order.
   */
  public List<Long> appendAll(Handle handle, List<Append> appends) {
    if (appends.isEmpty()) {
      return List.of();
    }
    PreparedBatch events =
        handle.prepareBatch(
            "INSERT INTO consent_event (subject, purpose, choice, source, recorded_at, page,"
                + " user_agent, detail, via_subject) VALUES (:subject, :purpose, :choice, :source,"
                + " :at, :page, :ua, :detail, :via)");
    for (Append a : appends) {
      events
          .bind("subject", a.subject())
          .bind("purpose", a.purpose().id())
          .bind("choice", a.choice().id())
          .bind("source", a.context().source().id())
          .bind("at", utc(a.at()))
          .bind("page", a.context().page())
          .bind("ua", a.context().userAgent())
          .bind("detail", a.context().detail())
          .bind("via", a.subject().equals(a.madeOn()) ? null : a.madeOn())
          .add();
    }
    List<Long> ids = events.executePreparedBatch("id").mapTo(Long.class).list();
    // The subject's lock is held, so no other writer adds or changes these states meanwhile.
    PreparedBatch inserts =
        handle.prepareBatch(
            "INSERT INTO consent_state (subject, purpose, choice, source, changed_at, event_id)"
                + " VALUES (:subject, :purpose, :choice, :source, :at, :event)");
    PreparedBatch updates =
        handle.prepareBatch(
            "UPDATE consent_state SET choice = :choice, source = :source, changed_at = :at,"
                + " event_id = :event WHERE subject = :subject AND purpose = :purpose");
    for (int k = 0; k < appends.size(); k++) {
      Append a = appends.get(k);
      (a.current() == null ? inserts : updates)
          .bind("subject", a.subject())
          .bind("purpose", a.purpose().id())
          .bind("choice", a.choice().id())
          .bind("source", a.context().source().id())
          .bind("at", utc(a.at()))
          .bind("event", ids.get(k))
          .add();
    }
    for (PreparedBatch batch : List.of(inserts, updates)) {
      if (batch.size() > 0) {
        batch.execute();
      }
    }
    return ids;
  }

  public void markOptOut(Handle handle, String subject, Instant at) {
    handle
        .createUpdate("UPDATE consent_subject SET last_opt_out_at = :at WHERE subject = :s")
        .bind("at", utc(at))
        .bind("s", subject)
        .execute();
  }

  public void setBornOn(Handle handle, String subject, LocalDate bornOn) {
    handle
        .createUpdate("UPDATE consent_subject SET born_on = :d WHERE subject = :s")
        .bind("d", bornOn)
        .bind("s", subject)
        .execute();
  }

  /**
   * Sets the US state {@code subject}'s visitor was seen in; returns whether it changed (a visit
   * from the same state writes nothing).
   */
  public boolean setRegion(Handle handle, String subject, String region) {
    return handle
            .createUpdate(
                "UPDATE consent_subject SET region = :r WHERE subject = :s"
                    + " AND (region IS NULL OR region <> :r)")
            .bind("r", region)
            .bind("s", subject)
            .execute()
        == 1;
  }

  public SubjectState load(Handle handle, String subject) {
    return loadAll(handle, List.of(subject)).get(subject);
  }

  /** The state of each of {@code subjects}; unknown ones map to {@link SubjectState#unknown}. */
  public Map<String, SubjectState> loadAll(Handle handle, Collection<String> subjects) {
    Map<String, SubjectState> out = new HashMap<>();
    if (subjects.isEmpty()) {
      return out;
    }
    handle
        .createQuery(
            "SELECT s.subject, s.born_on, s.last_opt_out_at, s.region, st.purpose, st.choice, st.source,"
                + " st.changed_at FROM consent_subject s LEFT JOIN consent_state st"
                + " ON st.subject = s.subject WHERE s.subject IN (<subjects>)")
        .bindList("subjects", new ArrayList<>(subjects))
        .map(
            (rs, ctx) -> {
              String subject = rs.getString("subject");
              SubjectState state =
                  out.computeIfAbsent(
                      subject,
                      s -> {
                        try {
                          return new SubjectState(
                              s,
                              rs.getObject("born_on", LocalDate.class),
                              instant(rs, "last_opt_out_at"),
                              null,
                              null,
                              null,
                              rs.getString("region"));
                        } catch (SQLException e) {
                          throw new IllegalStateException(e);
                        }
                      });
              String purpose = rs.getString("purpose");
              if (purpose != null) {
                ConsentPurpose p = ConsentPurpose.fromId(purpose).orElseThrow();
                state =
                    state.with(
                        p,
                        new PurposeState(
                            Choice.fromId(rs.getString("choice")).orElseThrow(),
                            ChoiceSource.fromId(rs.getString("source")).orElseThrow(),
                            instant(rs, "changed_at")));
                out.put(subject, state);
              }
              return subject;
            })
        .list();
    for (String subject : subjects) {
      out.putIfAbsent(subject, SubjectState.unknown(subject));
    }
    return out;
  }

  /** The subject's history, oldest first. */
  public List<LedgerEvent> history(Handle handle, String subject) {
    return handle
        .createQuery(
            "SELECT id, subject, purpose, choice, source, recorded_at, page, user_agent, detail,"
                + " via_subject FROM consent_event WHERE subject = :s ORDER BY id")
        .bind("s", subject)
        .map(
            (rs, ctx) ->
                new LedgerEvent(
                    rs.getLong("id"),
                    rs.getString("subject"),
                    ConsentPurpose.fromId(rs.getString("purpose")).orElseThrow(),
                    Choice.fromId(rs.getString("choice")).orElseThrow(),
                    ChoiceSource.fromId(rs.getString("source")).orElseThrow(),
                    instant(rs, "recorded_at"),
                    rs.getString("page"),
                    rs.getString("user_agent"),
                    rs.getString("detail"),
                    rs.getString("via_subject")))
        .list();
  }

  static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
