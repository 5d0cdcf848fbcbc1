package dev.rightful.consent;

import java.time.Instant;

/** The choice in force for one purpose of one subject: what, how, and since when. Immutable. */
public record PurposeState(Choice choice, ChoiceSource source, Instant since) {}
