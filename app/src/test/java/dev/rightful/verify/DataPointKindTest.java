package dev.rightful.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.datamap.Field;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DataPointKindTest {
  private static Field field(String name, String identity) {
    return new Field(name, Set.of(), identity, true, null, null, null, null, null);
  }

  @Test
  void a_columns_identity_decides_its_kind_before_its_name() {
    assertThat(DataPointKind.of(field("contact", "email"))).hasValue(DataPointKind.EMAIL);
    assertThat(DataPointKind.of(field("caller_number", "phone"))).hasValue(DataPointKind.PHONE);
    assertThat(DataPointKind.of(field("id", "customer-id"))).hasValue(DataPointKind.ACCOUNT);
    assertThat(DataPointKind.of(field("device_id", "device-id"))).isEmpty();
  }

  @Test
  void a_columns_name_tells_its_kind_when_it_has_no_identity() {
    assertThat(DataPointKind.of(field("full_name", null))).hasValue(DataPointKind.NAME);
    assertThat(DataPointKind.of(field("billing_name", null))).hasValue(DataPointKind.NAME);
    assertThat(DataPointKind.of(field("account_name", null))).hasValue(DataPointKind.ACCOUNT);
    assertThat(DataPointKind.of(field("postal_address", null)))
        .hasValue(DataPointKind.POSTAL_ADDRESS);
    assertThat(DataPointKind.of(field("billing_address", null)))
        .hasValue(DataPointKind.POSTAL_ADDRESS);
    assertThat(DataPointKind.of(field("ip_address", null))).isEmpty();
    assertThat(DataPointKind.of(field("mobile", null))).hasValue(DataPointKind.PHONE);
  }

  @Test
  void columns_of_no_kind_a_request_carries_are_not_compared() {
    assertThat(DataPointKind.of(field("zip", null))).isEqualTo(Optional.empty());
    assertThat(DataPointKind.of(field("card_last4", null))).isEmpty();
  }

  @Test
  void phone_numbers_match_by_digits_with_the_country_code() {
    assertThat(DataPointKind.PHONE.matches("(415) 555-0100", "+1 415-555-0100")).isTrue();
    assertThat(DataPointKind.PHONE.matches("415.555.0100", "14155550100")).isTrue();
    assertThat(DataPointKind.PHONE.matches("415 555 0101", "+1 415-555-0100")).isFalse();
    assertThat(DataPointKind.PHONE.matches("no digits", "no digits")).isFalse();
  }

  @Test
  void names_match_case_folded_with_punctuation_and_spacing_ignored() {
    assertThat(DataPointKind.NAME.matches("  jane  Q. DOE", "Jane Q Doe")).isTrue();
    assertThat(DataPointKind.NAME.matches("Mary-Jane Watts", "mary jane watts")).isTrue();
    assertThat(DataPointKind.NAME.matches("Jane Doe", "Jane Dough")).isFalse();
    assertThat(DataPointKind.NAME.matches("", "")).isFalse();
  }

  @Test
  void an_address_matches_whole_or_by_its_numbered_street_line() {
    assertThat(
            DataPointKind.POSTAL_ADDRESS.matches(
                "742 Valencia St. Apt 3, San Francisco", "742 valencia st apt 3"))
        .isTrue();
    assertThat(
            DataPointKind.POSTAL_ADDRESS.matches(
                "742 Valencia St Apt 3", "742 Valencia St Apt 3, San Francisco, CA 94110"))
        .isTrue();
    assertThat(DataPointKind.POSTAL_ADDRESS.matches("742 Valencia St", "742 Valencia St Apt 3"))
        .isFalse();
    assertThat(
            DataPointKind.POSTAL_ADDRESS.matches(
                "Valencia Street, San Francisco", "Valencia Street, Oakland"))
        .as("a street line without a number says too little")
        .isFalse();
  }

  @Test
  void emails_match_case_insensitively() {
    assertThat(DataPointKind.EMAIL.matches(" Jane.Doe@Example.com", "jane.doe@example.com"))
        .isTrue();
    assertThat(DataPointKind.EMAIL.matches("janedoe@example.com", "jane.doe@example.com"))
        .isFalse();
  }
}
