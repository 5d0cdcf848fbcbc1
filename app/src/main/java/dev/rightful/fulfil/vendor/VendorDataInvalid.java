package dev.rightful.fulfil.vendor;

/**
 * What a vendor or a person sent for a system does not fit the map: a table or field the map does
 * not list for that system, a value that is not a plain value, a count that is not a count. Names
 * the input at fault ({@code customers.ssn}, {@code retained.invoices}); the message holds names
 * only, never a value, since values are the consumer's personal information.
 */
public final class VendorDataInvalid extends RuntimeException {
  private final String field;

  public VendorDataInvalid(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
