package dev.rightful.consent;

import dev.rightful.law.state.Jurisdiction;
import dev.rightful.law.state.SensitiveModel;
import java.time.LocalDate;
import java.util.List;

/**
 * The law a visitor's consent choices follow: the US state they are in ({@code region}, null when
 * unknown), the jurisdiction that governs them ({@code law}; null for the national baseline,
 * usnat), the GPP section that carries their choices ({@code section}: the state's own where the
 * string has it, 7 usnat otherwise, -1 when no law applies) and how sensitive data may be used.
 * Immutable.
 */
public record Governing(String region, Jurisdiction law, int section, SensitiveModel sensitive) {
  /** GPP's "no section applies" (CMP API 1.1, applicableSections). */
  public static final int NO_SECTION = -1;

  /** The GPP CMP API's {@code applicableSections}: the one section in force. */
  public List<Integer> applicableSections() {
    return List.of(section);
  }

  /** Whether the governing law requires honouring Global Privacy Control on {@code date}. */
  public boolean gpcRequiredOn(LocalDate date) {
    return law != null && law.requiresGpcOn(date);
  }

  /** The law's name ("Colorado"), or null for the national baseline. */
  public String lawName() {
    return law == null ? null : law.name();
  }
}
