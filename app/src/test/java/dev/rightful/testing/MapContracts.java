package dev.rightful.testing;

/**
 * A recipient's {@code contract} with every required term ticked, as one YAML line to add to a test
 * map's recipient (indented four spaces, under a {@code - id:} item), so that maps written for
 * other rules pass the contract rules (CC 1798.100(d); 7051(a), 7053(a)).
 */
public final class MapContracts {
  /** For a service provider or contractor: the ten terms of 7051(a) and the certification. */
  public static final String SERVICE_PROVIDER =
      "    contract: {reference: DPA-1, signed: 2025-01-01, terms: {noSellingOrSharing: true,"
          + " specifiedPurposes: true, noOtherPurpose: true, noOtherCommercialPurpose: true,"
          + " noUseOutsideRelationship: true, compliesWithCcpa: true, businessMayCheck: true,"
          + " notifiesIfUnable: true, businessMayStopMisuse: true, consumerRequests: true,"
          + " contractorCertification: true}}\n";

  /** For a third party personal information is sold or shared to: the five terms of 7053(a). */
  public static final String THIRD_PARTY =
      "    contract: {reference: ADS-1, signed: 2025-01-01, terms: {specifiedPurposes: true,"
          + " compliesWithCcpa: true, businessMayCheck: true, businessMayStopMisuse: true,"
          + " notifiesIfUnable: true}}\n";

  private MapContracts() {}
}
