package dev.rightful.consent;

import java.time.Instant;

/**
 * One entry of a subject's consent history. {@code viaSubject} names the linked subject the choice
 * was made on, or is null when it was made on this one. Immutable.
 */
public record LedgerEvent(
    long id,
    String subject,
    ConsentPurpose purpose,
    Choice choice,
    ChoiceSource source,
    Instant at,
    String page,
    String userAgent,
    String detail,
    String viaSubject) {}
