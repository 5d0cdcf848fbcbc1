package dev.rightful.law;

import java.util.Optional;

/**
 * A category of personal information as the CCPA enumerates it, lettered A to L as notices
 * conventionally print them.
 *
 * <p>Names and examples follow CC 1798.140(v)(1) and, for L, 1798.140(ae). The catalog is fixed by
 * law; a data map only says whether and what it collects in each.
 */
public enum Category {
  A(
      "Identifiers",
      "A real name, alias, postal address, unique personal identifier, online identifier, Internet"
          + " Protocol address, email address, account name, Social Security number, driver's"
          + " license number, passport number, or other similar identifiers."),
  B(
      "Personal Information categories listed in California Customer Records statute (subdivision"
          + " (e) of Section 1798.80 of California Civil Code)",
      "A name, signature, Social Security number, physical characteristics or description,"
          + " address, telephone number, passport number, driver's license or state identification"
          + " card number, insurance policy number, education, employment, employment history,"
          + " bank account number, credit card number, debit card number, or any other financial"
          + " information, medical information, or health insurance information. Some personal"
          + " information included in this category may overlap with other categories."),
  C(
      "Protected classification characteristics under California or federal law",
      "Age (40 years or older), race, color, ancestry, national origin, citizenship, religion or"
          + " creed, marital status, medical condition, physical or mental disability, sex"
          + " (including gender, gender identity, gender expression, pregnancy or childbirth and"
          + " related medical conditions), sexual orientation, veteran or military status, genetic"
          + " information (including familial genetic information)."),
  D(
      "Commercial information",
      "Records of personal property, products or services purchased, obtained, or considered, or"
          + " other purchasing or consuming histories or tendencies."),
  E(
      "Biometric information",
      "Genetic, physiological, behavioral, and biological characteristics, or activity patterns"
          + " used to extract a template or other identifier or identifying information, such as,"
          + " fingerprints, faceprints, and voiceprints, iris or retina scans, keystroke, gait, or"
          + " other physical patterns, and sleep, health, or exercise data."),
  F(
      "Internet or other electronic network activity information",
      "Browsing history, search history, information on a consumer's interaction with a website,"
          + " application, or advertisement."),
  G(
      "Geolocation data",
      "Physical location, approximate location derived from IP address or movements."),
  H("Sensory data", "Audio, electronic, visual, thermal, olfactory, or similar information."),
  I(
      "Professional or employment-related information",
      "Current or past job history or performance evaluations."),
  J(
      "Non-public education information (per the Family Educational Rights and Privacy Act (20"
          + " U.S.C. Section 1232g, 34 C.F.R. Part 99))",
      "Education records directly related to a student maintained by an educational institution"
          + " or party acting on its behalf, such as grades, transcripts, class lists, student"
          + " schedules, student identification codes, student financial information, or student"
          + " disciplinary records."),
  K(
      "Inferences drawn from other personal information",
      "Profile reflecting a person's preferences, characteristics, psychological trends,"
          + " predispositions, behavior, attitudes, intelligence, abilities, and aptitudes."),
  L(
      "Sensitive personal information",
      "Government-issued identifying numbers, financial account details, genetic data, precise"
          + " geolocation, race or ethnicity, religious or philosophical beliefs, union membership,"
          + " mail, email, text messages, biometric data, health data, and sexual orientation or"
          + " sex life.");

  private final String statutoryName;
  private final String examples;

  Category(String statutoryName, String examples) {
    this.statutoryName = statutoryName;
    this.examples = examples;
  }

  public String letter() {
    return name();
  }

  public String statutoryName() {
    return statutoryName;
  }

  public String examples() {
    return examples;
  }

  /** Parses a letter such as {@code "A"} or {@code "a"}; empty for anything else. */
  public static Optional<Category> fromLetter(String letter) {
    if (letter == null || letter.length() != 1) {
      return Optional.empty();
    }
    char c = Character.toUpperCase(letter.charAt(0));
    return c >= 'A' && c <= 'L' ? Optional.of(values()[c - 'A']) : Optional.empty();
  }
}
