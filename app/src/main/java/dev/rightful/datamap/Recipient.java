package dev.rightful.datamap;

import dev.rightful.law.Category;
import dev.rightful.law.RecipientKind;
import dev.rightful.law.Transfer;
import java.util.List;
import java.util.Set;

/** A category of recipient that personal information is disclosed, sold or shared to. */
public record Recipient(
    String id,
    RecipientKind kind,
    String description,
    Set<Category> categories,
    List<String> purposeIds,
    Transfer transfer,
    List<Vendor> vendors,
    Location location) {

  /** A named company in the recipient category, with the address requests are passed on to. */
  public record Vendor(String name, String email, String webhook, Location location) {}
}
