package dev.rightful.consent;

import com.iab.gpp.encoder.GppModel;
import com.iab.gpp.encoder.field.UsCaField;
import com.iab.gpp.encoder.field.UsNatField;
import com.iab.gpp.encoder.field.UspV1Field;
import com.iab.gpp.encoder.section.Sections;
import com.iab.gpp.encoder.section.UsCa;
import com.iab.gpp.encoder.section.UsNat;
import com.iab.gpp.encoder.section.UspV1;
import dev.rightful.law.state.GppSection;
import dev.rightful.law.state.Jurisdiction;
import dev.rightful.law.state.SensitiveModel;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a subject's state as IAB Global Privacy Platform strings: the GPP string with the usnat
 * (section 7) and usca (section 8) sections, through the IAB's own encoder, and the legacy US
 * Privacy string ({@code 1YNN}). Thread-safe; a new encoder model is made per call.
 *
 * <p>Field values follow the IAB's California and MSPA US National specifications: a purpose the
 * notice does not declare is 0 (not applicable); a purpose that is declared is 1 (opted out)
 * whenever the decision refuses it, whether by opt-out, signal or a minor's missing opt-in, and 2
 * (did not opt out) otherwise. Known minors fill KnownChildSensitiveDataConsents (1 no consent, 2
 * consent). usnat's sensitive data fields ask about consent, which the CCPA does not require: a
 * limit request is written 1 (no consent) and its absence 2.
 *
 * <p>Each other state the map names whose section the IAB library encodes (usva, usco, usut, usct,
 * usfl, usmt, usor, ustx, usde, usia, usne, usnh, usnj, ustn) gets its section too, from the same
 * decisions: sale and targeted-advertising opt-outs as above (an opt-out Rightful honours is one in
 * every section, so vendors never read "may sell" where the decision endpoint says no); the Gpc
 * field true only where the state recognizes GPC as an opt-out on the day ({@link
 * Jurisdiction#requiresGpcOn}); sensitive data per the state's model, 1 no consent and 2 consent in
 * opt-in states, 1 opted out and 2 did not in opt-out states.
 */
public final class GppStrings {
  /** The sections a California-only map writes, as the GPP CMP API's supportedAPIs lists them. */
  public static final List<String> SUPPORTED_APIS =
      List.of(UsNat.ID + ":" + UsNat.NAME, UsCa.ID + ":" + UsCa.NAME);

  /**
   * Every field a US state section may have, in the order the sections' specifications list them.
   */
  private static final List<String> STATE_FIELDS =
      List.of(
          "Version",
          "SharingNotice",
          "ProcessingNotice",
          "SaleOptOutNotice",
          "TargetedAdvertisingOptOutNotice",
          "SensitiveDataProcessingOptOutNotice",
          "SensitiveDataOptOutNotice",
          "SaleOptOut",
          "TargetedAdvertisingOptOut",
          "SensitiveDataProcessing",
          "KnownChildSensitiveDataConsents",
          "AdditionalDataProcessingConsent",
          "MspaCoveredTransaction",
          "MspaOptOutOptionMode",
          "MspaServiceProviderMode",
          "Gpc");

  private static final int USCA_SENSITIVE_FIELDS = 9;
  private static final int USNAT_SENSITIVE_FIELDS = 16;

  private final ConsentRules rules;
  private final boolean mspaCovered;
  private final List<Jurisdiction> states;

  /** {@code mspaCovered}: the business signed the IAB Multi-State Privacy Agreement. */
  public GppStrings(ConsentRules rules, boolean mspaCovered) {
    this(rules, mspaCovered, List.of());
  }

  /**
   * {@code operates}: the jurisdictions the map names; each one besides California whose GPP
   * section the IAB library encodes gets its section. States without one (Minnesota, Maryland,
   * Indiana, Kentucky, Rhode Island in library 3.2.4) are covered by usnat alone.
   */
  public GppStrings(ConsentRules rules, boolean mspaCovered, List<Jurisdiction> operates) {
    this.rules = rules;
    this.mspaCovered = mspaCovered;
    this.states =
        operates.stream()
            .filter(j -> j.gppSection().map(GppStrings::encodable).orElse(false))
            .filter(j -> j.gppSection().get().id() != UsCa.ID)
            .toList();
  }

  /** The id of usnat, the section that carries the choices of a state without its own. */
  static final int USNAT_ID = UsNat.ID;

  /** Whether the IAB library encodes {@code section} as a state section (usca, usco, ...). */
  static boolean encodable(GppSection section) {
    return Sections.SECTION_ID_NAME_MAP.containsKey(section.id())
        && Sections.SECTION_ID_NAME_MAP.get(section.id()).equals(section.name())
        && section.id() != UsNat.ID;
  }

  /** The sections {@link #encode} writes, in id order, as the GPP CMP API's supportedAPIs. */
  public List<String> supportedApis() {
    List<String> apis = new ArrayList<>(SUPPORTED_APIS);
    states.stream()
        .map(j -> j.gppSection().get())
        .sorted(java.util.Comparator.comparingInt(GppSection::id))
        .forEach(s -> apis.add(s.id() + ":" + s.name()));
    return List.copyOf(apis);
  }

  /**
   * The encoded strings and each section's fields, as the {@code __gpp} API reports them, with the
   * section in force for the subject's state ({@code applicableSections}, as the CMP API's ping).
   */
  public record Encoded(
      String gpp,
      String usPrivacy,
      List<Integer> sectionIds,
      Map<String, Map<String, Object>> sections,
      List<Integer> applicableSections) {}

  /**
   * The strings for {@code state} as the ledger holds it. The Gpc fields come from the ledger too
   * ({@link ConsentRules#signalInForce}), never from the request at hand: the browser, the service
   * API and the propagation tasks serve one subject the same strings.
   */
  public Encoded encode(SubjectState state, Clock clock) {
    Practices practices = rules.practices();
    boolean gpc = rules.signalInForce(state);
    int sale = field(state, ConsentPurpose.SALE, clock);
    int share = field(state, ConsentPurpose.SHARE, clock);
    boolean sensitive = practices.usesSensitive();
    int sensitiveValue = !sensitive ? 0 : state.optedOut(ConsentPurpose.SENSITIVE) ? 1 : 2;
    Integer age =
        state.bornOn() == null ? null : ConsentRules.age(state.bornOn(), LocalDate.now(clock));
    boolean minor = age != null && age < ConsentRules.OPT_IN_AGE;
    int childSale = minor ? sale : 0;
    int childShare = minor ? share : 0;
    // usnat asks one question per age band: consent to process for sale and sharing alike
    int childConsent = sale == 1 || share == 1 ? 1 : 2;

    GppModel model = new GppModel();
    model.setFieldValue(UsNat.NAME, UsNatField.SHARING_NOTICE, 1);
    model.setFieldValue(UsNat.NAME, UsNatField.SALE_OPT_OUT_NOTICE, practices.sells() ? 1 : 0);
    model.setFieldValue(UsNat.NAME, UsNatField.SHARING_OPT_OUT_NOTICE, practices.shares() ? 1 : 0);
    model.setFieldValue(
        UsNat.NAME, UsNatField.TARGETED_ADVERTISING_OPT_OUT_NOTICE, practices.shares() ? 1 : 0);
    model.setFieldValue(
        UsNat.NAME, UsNatField.SENSITIVE_DATA_PROCESSING_OPT_OUT_NOTICE, sensitive ? 1 : 0);
    model.setFieldValue(UsNat.NAME, UsNatField.SENSITIVE_DATA_LIMIT_USE_NOTICE, sensitive ? 1 : 0);
    model.setFieldValue(UsNat.NAME, UsNatField.SALE_OPT_OUT, sale);
    model.setFieldValue(UsNat.NAME, UsNatField.SHARING_OPT_OUT, share);
    model.setFieldValue(UsNat.NAME, UsNatField.TARGETED_ADVERTISING_OPT_OUT, share);
    model.setFieldValue(
        UsNat.NAME,
        UsNatField.SENSITIVE_DATA_PROCESSING,
        Collections.nCopies(USNAT_SENSITIVE_FIELDS, sensitiveValue));
    model.setFieldValue(
        UsNat.NAME,
        UsNatField.KNOWN_CHILD_SENSITIVE_DATA_CONSENTS,
        List.of(
            minor && age >= ConsentRules.PARENTAL_AGE ? childConsent : 0,
            minor && age < ConsentRules.PARENTAL_AGE ? childConsent : 0,
            0));
    model.setFieldValue(UsNat.NAME, UsNatField.PERSONAL_DATA_CONSENTS, 0);
    mspa(model, UsNat.NAME);
    model.setFieldValue(UsNat.NAME, UsNatField.GPC, gpc);

    model.setFieldValue(UsCa.NAME, UsCaField.SALE_OPT_OUT_NOTICE, practices.sells() ? 1 : 0);
    model.setFieldValue(UsCa.NAME, UsCaField.SHARING_OPT_OUT_NOTICE, practices.shares() ? 1 : 0);
    model.setFieldValue(UsCa.NAME, UsCaField.SENSITIVE_DATA_LIMIT_USE_NOTICE, sensitive ? 1 : 0);
    model.setFieldValue(UsCa.NAME, UsCaField.SALE_OPT_OUT, sale);
    model.setFieldValue(UsCa.NAME, UsCaField.SHARING_OPT_OUT, share);
    model.setFieldValue(
        UsCa.NAME,
        UsCaField.SENSITIVE_DATA_PROCESSING,
        Collections.nCopies(USCA_SENSITIVE_FIELDS, sensitiveValue));
    model.setFieldValue(
        UsCa.NAME, UsCaField.KNOWN_CHILD_SENSITIVE_DATA_CONSENTS, List.of(childSale, childShare));
    model.setFieldValue(UsCa.NAME, UsCaField.PERSONAL_DATA_CONSENTS, 0);
    mspa(model, UsCa.NAME);
    model.setFieldValue(UsCa.NAME, UsCaField.GPC, gpc);

    LocalDate today = LocalDate.now(clock);
    boolean child = age != null && age < ConsentRules.PARENTAL_AGE;
    boolean teen = minor && !child;
    for (Jurisdiction j : states) {
      String name = j.gppSection().get().name();
      // Every US state section has SaleOptOut; setting it creates the section, with defaults.
      model.setFieldValue(name, "SaleOptOut", sale);
      set(model, name, "SharingNotice", practices.sells() || practices.shares() ? 1 : 0);
      set(model, name, "ProcessingNotice", 1);
      set(model, name, "SaleOptOutNotice", practices.sells() ? 1 : 0);
      set(model, name, "TargetedAdvertisingOptOutNotice", practices.shares() ? 1 : 0);
      set(model, name, "SensitiveDataProcessingOptOutNotice", sensitive ? 1 : 0);
      set(model, name, "SensitiveDataOptOutNotice", sensitive ? 1 : 0);
      set(model, name, "SaleOptOut", sale);
      set(model, name, "TargetedAdvertisingOptOut", share);
      int sensitiveField = stateSensitive(j, state, sensitive);
      int size = ((List<?>) model.getFieldValue(name, "SensitiveDataProcessing")).size();
      set(model, name, "SensitiveDataProcessing", Collections.nCopies(size, sensitiveField));
      // Processing a known child's sensitive data needs the parent's consent (COPPA, and each
      // state's sensitive-data definition), which Rightful records as a parental opt-in.
      int childSensitive = !sensitive || !child ? 0 : parentalSensitive(state) ? 2 : 1;
      Object known = model.getFieldValue(name, "KnownChildSensitiveDataConsents");
      if (known instanceof List<?> bands) {
        List<Integer> values = new ArrayList<>(Collections.nCopies(bands.size(), 0));
        values.set(0, childSensitive);
        if (name.equals("usct")) {
          // usct: (2) sale and (3) targeted advertising of consumers 13 to 15, by consent
          values.set(1, teen ? sale : 0);
          values.set(2, teen ? share : 0);
        }
        set(model, name, "KnownChildSensitiveDataConsents", values);
      } else {
        set(model, name, "KnownChildSensitiveDataConsents", childSensitive);
      }
      mspa(model, name);
      if (model.hasField(name, "Gpc")) {
        set(model, name, "GpcSegmentIncluded", true);
        set(model, name, "Gpc", gpc && j.requiresGpcOn(today));
      }
    }

    boolean declared = practices.sells() || practices.shares();
    model.setFieldValue(UspV1.NAME, UspV1Field.NOTICE, declared ? "Y" : "-");
    model.setFieldValue(
        UspV1.NAME,
        UspV1Field.OPT_OUT_SALE,
        !declared ? "-" : (sale == 1 || share == 1) ? "Y" : "N");
    model.setFieldValue(UspV1.NAME, UspV1Field.LSPA_COVERED, mspaCovered ? "Y" : "N");
    String usPrivacy = model.encodeSection(UspV1.NAME);
    // The legacy string travels on its own (usPrivacy); the GPP string carries usnat and usca.
    model.deleteSection(UspV1.NAME);
    String gpp = model.encode();

    Map<String, Map<String, Object>> sections = new LinkedHashMap<>();
    sections.put(UsNat.NAME, fields(model, UsNat.NAME, fieldNames(true)));
    sections.put(UsCa.NAME, fields(model, UsCa.NAME, fieldNames(false)));
    for (Jurisdiction j : states) {
      String name = j.gppSection().get().name();
      sections.put(
          name,
          fields(model, name, STATE_FIELDS.stream().filter(f -> model.hasField(name, f)).toList()));
    }
    return new Encoded(
        gpp,
        usPrivacy,
        List.copyOf(model.getSectionIds()),
        sections,
        rules.governing(state.region()).applicableSections());
  }

  private void mspa(GppModel model, String section) {
    model.setFieldValue(section, "MspaCoveredTransaction", mspaCovered ? 1 : 2);
    model.setFieldValue(section, "MspaOptOutOptionMode", mspaCovered ? 1 : 0);
    model.setFieldValue(section, "MspaServiceProviderMode", mspaCovered ? 2 : 0);
  }

  private static void set(GppModel model, String section, String field, Object value) {
    if (model.hasField(section, field)) {
      model.setFieldValue(section, field, value);
    }
  }

  /**
   * A state section's sensitive-data value: 0 when the map uses none; in a state that requires
   * consent, 2 only after an opt-in; elsewhere 1 once the consumer opted out (or limited).
   */
  private static int stateSensitive(Jurisdiction j, SubjectState state, boolean sensitive) {
    if (!sensitive) {
      return 0;
    }
    PurposeState current = state.of(ConsentPurpose.SENSITIVE);
    if (j.sensitive().model() == SensitiveModel.OPT_IN_CONSENT) {
      return current != null && current.choice() == Choice.OPT_IN ? 2 : 1;
    }
    return state.optedOut(ConsentPurpose.SENSITIVE) ? 1 : 2;
  }

  private static boolean parentalSensitive(SubjectState state) {
    PurposeState current = state.of(ConsentPurpose.SENSITIVE);
    return current != null
        && current.choice() == Choice.OPT_IN
        && current.source() == ChoiceSource.PARENTAL_CONSENT;
  }

  /** 0 not declared, 1 refused (opted out; for a minor, no consent), 2 allowed. */
  private int field(SubjectState state, ConsentPurpose purpose, Clock clock) {
    Decision decision = rules.decide(state, purpose, clock);
    if (decision.reason() == Reason.NOT_IN_NOTICE) {
      return 0;
    }
    return decision.allowed() ? 2 : 1;
  }

  private static List<String> fieldNames(boolean usnat) {
    List<String> names = new ArrayList<>();
    names.addAll(
        usnat
            ? UsNatField.USNAT_CORE_SEGMENT_FIELD_NAMES
            : UsCaField.USCA_CORE_SEGMENT_FIELD_NAMES);
    names.add(usnat ? UsNatField.GPC : UsCaField.GPC);
    return names;
  }

  private static Map<String, Object> fields(GppModel model, String section, List<String> names) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (String name : names) {
      out.put(name, model.getFieldValue(section, name));
    }
    return out;
  }
}
