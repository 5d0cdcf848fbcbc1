package dev.rightful.datamap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CorrectableInformationTest {
  private static final List<CorrectableInformation> OFFERED =
      CorrectableInformation.of(DataMapLoader.load(Net2PhoneExampleTest.EXAMPLE).orThrow());

  @Test
  void offers_each_maintained_field_once_by_its_name_in_words() {
    assertThat(OFFERED)
        .contains(
            new CorrectableInformation("postal_address", "Postal address"),
            new CorrectableInformation("email", "Email"),
            new CorrectableInformation("billing_zip", "Billing zip"));
    assertThat(OFFERED.stream().map(CorrectableInformation::field)).doesNotHaveDuplicates();
  }

  @Test
  void leaves_out_keys_references_and_what_only_event_records_hold() {
    assertThat(OFFERED.stream().map(CorrectableInformation::field))
        // accounts.id is an account number the company assigns; the others point at rows.
        .doesNotContain("id", "customer_id", "account_id")
        // Only calls and invoices hold these: a past event, not information kept about someone.
        .doesNotContain("caller_number", "billing_name", "recording_uri");
  }
}
