package dev.rightful.law;

import java.util.Optional;

/**
 * A term the written contract with a recipient of personal information must contain (CC
 * 1798.100(d); 11 CCR 7051(a) for service providers and contractors, 7053(a) for third parties).
 * The id is the key a reviewer ticks under {@code contract.terms} in the data map; {@link
 * RecipientContracts} says which terms each kind of recipient needs, and with which section.
 */
public enum ContractTerm implements Vocabulary {
  // 7051(a)(1): the recipient may not sell or share what it receives.
  NO_SELLING_OR_SHARING(
      "noSellingOrSharing", "forbids it to sell or share the personal information"),
  // CC 1798.100(d)(1); 7051(a)(2); 7053(a)(1)-(2): the limited and specified purposes, not generic.
  SPECIFIED_PURPOSES(
      "specifiedPurposes",
      "names the limited and specified purposes the personal information is disclosed for"),
  // 7051(a)(3): no retaining, using or disclosing it for any other purpose.
  NO_OTHER_PURPOSE(
      "noOtherPurpose",
      "forbids retaining, using or disclosing it for any purpose other than those named"),
  // 7051(a)(4): nor for any other commercial purpose.
  NO_OTHER_COMMERCIAL_PURPOSE(
      "noOtherCommercialPurpose",
      "forbids retaining, using or disclosing it for any other commercial purpose"),
  // 7051(a)(5): nor outside the direct business relationship (no combining with other data).
  NO_USE_OUTSIDE_RELATIONSHIP(
      "noUseOutsideRelationship",
      "forbids retaining, using or disclosing it outside the direct business relationship, or"
          + " combining it with personal information from other sources"),
  // CC 1798.100(d)(2); 7051(a)(6); 7053(a)(3): comply with the CCPA, same level of protection.
  COMPLIES_WITH_CCPA(
      "compliesWithCcpa",
      "obliges it to comply with the CCPA and give the same level of privacy protection"),
  // CC 1798.100(d)(3); 7051(a)(7); 7053(a)(4): the business may check how the data is used.
  BUSINESS_MAY_CHECK(
      "businessMayCheck",
      "grants the business the right to take reasonable steps to ensure the personal information"
          + " is used as the CCPA requires"),
  // CC 1798.100(d)(4); 7051(a)(8); 7053(a)(6): the recipient says when it can no longer comply.
  NOTIFIES_IF_UNABLE(
      "notifiesIfUnable",
      "requires it to notify the business when it can no longer meet its CCPA obligations"),
  // CC 1798.100(d)(5); 7051(a)(9); 7053(a)(5): the business may stop and remediate misuse.
  BUSINESS_MAY_STOP_MISUSE(
      "businessMayStopMisuse",
      "grants the business the right, on notice, to stop and remediate unauthorized use"),
  // 7051(a)(10): consumers' requests reach the recipient and it helps the business answer them.
  CONSUMER_REQUESTS(
      "consumerRequests",
      "requires it to help the business comply with consumers' requests, or to act on the"
          + " requests the business passes on"),
  // CC 1798.140(j)(1)(B): a contractor certifies that it understands the restrictions.
  CONTRACTOR_CERTIFICATION(
      "contractorCertification",
      "carries the contractor's certification that it understands the restrictions and will"
          + " comply with them");

  private final String id;
  private final String requirement;

  ContractTerm(String id, String requirement) {
    this.id = id;
    this.requirement = requirement;
  }

  @Override
  public String id() {
    return id;
  }

  /** What the term requires, as a clause after "the contract": "forbids it to sell …". */
  public String requirement() {
    return requirement;
  }

  public static Optional<ContractTerm> fromId(String id) {
    return Vocabulary.parse(ContractTerm.class, id);
  }
}
