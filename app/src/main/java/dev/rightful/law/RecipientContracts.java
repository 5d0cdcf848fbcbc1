package dev.rightful.law;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which recipients of personal information need a written contract, and which terms it must hold,
 * each with the section requiring it (CC 1798.100(d); 11 CCR 7051(a), 7053(a)). Pure and stateless.
 */
public final class RecipientContracts {
  private RecipientContracts() {}

  /**
   * Whether the business must have a contract with the recipient. A service provider or contractor
   * is one only under a contract (CC 1798.140(ag)(1), (j)(1); 7051(a)); a third party needs one
   * when personal information is sold or shared to it (CC 1798.100(d); 7053(a)). A disclosure to a
   * third party that is neither, such as one the law compels to an authority, needs none.
   */
  public static boolean required(RecipientKind kind, Transfer transfer) {
    if (kind == null) {
      return false;
    }
    return kind != RecipientKind.THIRD_PARTY || (transfer != null && transfer.soldOrShared());
  }

  /** The section a whole contract with this kind of recipient is required by, for findings. */
  public static String section(RecipientKind kind) {
    return kind == RecipientKind.THIRD_PARTY
        ? "CC 1798.100(d), 7053(a)"
        : "CC 1798.100(d), 7051(a)";
  }

  /** The terms the contract must hold, in the regulation's order, each with its section. */
  public static Map<ContractTerm, String> requiredTerms(RecipientKind kind) {
    Map<ContractTerm, String> terms = new LinkedHashMap<>();
    if (kind == RecipientKind.THIRD_PARTY) {
      terms.put(ContractTerm.SPECIFIED_PURPOSES, "7053(a)(1)-(2), CC 1798.100(d)(1)");
      terms.put(ContractTerm.COMPLIES_WITH_CCPA, "7053(a)(3), CC 1798.100(d)(2)");
      terms.put(ContractTerm.BUSINESS_MAY_CHECK, "7053(a)(4), CC 1798.100(d)(3)");
      terms.put(ContractTerm.BUSINESS_MAY_STOP_MISUSE, "7053(a)(5), CC 1798.100(d)(5)");
      terms.put(ContractTerm.NOTIFIES_IF_UNABLE, "7053(a)(6), CC 1798.100(d)(4)");
      return terms;
    }
    terms.put(ContractTerm.NO_SELLING_OR_SHARING, "7051(a)(1)");
    terms.put(ContractTerm.SPECIFIED_PURPOSES, "7051(a)(2), CC 1798.100(d)(1)");
    terms.put(ContractTerm.NO_OTHER_PURPOSE, "7051(a)(3)");
    terms.put(ContractTerm.NO_OTHER_COMMERCIAL_PURPOSE, "7051(a)(4)");
    terms.put(ContractTerm.NO_USE_OUTSIDE_RELATIONSHIP, "7051(a)(5)");
    terms.put(ContractTerm.COMPLIES_WITH_CCPA, "7051(a)(6), CC 1798.100(d)(2)");
    terms.put(ContractTerm.BUSINESS_MAY_CHECK, "7051(a)(7), CC 1798.100(d)(3)");
    terms.put(ContractTerm.NOTIFIES_IF_UNABLE, "7051(a)(8), CC 1798.100(d)(4)");
    terms.put(ContractTerm.BUSINESS_MAY_STOP_MISUSE, "7051(a)(9), CC 1798.100(d)(5)");
    terms.put(ContractTerm.CONSUMER_REQUESTS, "7051(a)(10)");
    if (kind == RecipientKind.CONTRACTOR) {
      terms.put(ContractTerm.CONTRACTOR_CERTIFICATION, "CC 1798.140(j)(1)(B)");
    }
    return terms;
  }
}
