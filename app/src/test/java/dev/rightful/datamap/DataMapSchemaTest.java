package dev.rightful.datamap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rightful.law.Method;
import dev.rightful.law.RecipientKind;
import dev.rightful.law.SensitiveKind;
import dev.rightful.law.Transfer;
import dev.rightful.law.Vocabulary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The editor schema, docs/datamap.schema.json, against the loader: each mapping declares exactly
 * the keys the loader accepts, and each vocabulary exactly the loader's words. The loader is asked
 * by feeding it an unknown key and reading the allowed keys from its message.
 */
class DataMapSchemaTest {
  private static final String BOGUS = "zzzzzzzzzz";
  private static JsonNode schema;

  @TempDir Path dir;

  @BeforeAll
  static void readSchema() throws IOException {
    schema =
        new ObjectMapper()
            .readTree(Net2PhoneExampleTest.REPO.resolve("docs/datamap.schema.json").toFile());
  }

  @Test
  void the_schema_is_draft_2020_12() {
    assertThat(schema.path("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "the file | KEY: 1 | /properties",
        "business | business:\\n  KEY: 1 | /$defs/business/properties",
        "contact | business:\\n  contact:\\n    KEY: 1 | /$defs/business/properties/contact/properties",
        "brand | business:\\n  brand:\\n    KEY: 1 | /$defs/business/properties/brand/properties",
        "support link | business:\\n  brand:\\n    supportLinks:\\n      - KEY: 1"
            + " | /$defs/business/properties/brand/properties/supportLinks/items/properties",
        "notice | notice:\\n  KEY: 1 | /$defs/notice/properties",
        "methods | methods:\\n  KEY: 1 | /$defs/methods/properties",
        "category | categories:\\n  A:\\n    KEY: 1 | /$defs/categoryUse/properties",
        "source | sources:\\n  - KEY: 1 | /$defs/source/properties",
        "purpose | purposes:\\n  - KEY: 1 | /$defs/purpose/properties",
        "recipient | recipients:\\n  - KEY: 1 | /$defs/recipient/properties",
        "vendor | recipients:\\n  - vendors:\\n      - KEY: 1"
            + " | /$defs/recipient/properties/vendors/items/properties",
        "system | systems:\\n  - KEY: 1 | /$defs/system/properties",
        "table | systems:\\n  - tables:\\n      - KEY: 1 | /$defs/table/properties",
        "field | systems:\\n  - tables:\\n      - fields:\\n          - KEY: 1"
            + " | /$defs/field/properties",
        "retention rule | retention:\\n  - KEY: 1 | /$defs/retentionRule/properties",
        "minors | minors:\\n  KEY: 1 | /$defs/minors/properties",
        "financial incentive | financialIncentives:\\n  - KEY: 1"
            + " | /$defs/financialIncentive/properties",
        "doNotTrack | doNotTrack:\\n  KEY: 1 | /$defs/doNotTrack/properties",
        "jurisdictions | jurisdictions:\\n  KEY: 1 | /$defs/jurisdictions/properties",
        "ADMT use | admt:\\n  - KEY: 1 | /$defs/admtUse/properties",
        "collection point | collectionPoints:\\n  - KEY: 1 | /$defs/collectionPoint/properties",
        "contract | recipients:\\n  - contract:\\n      KEY: 1"
            + " | /$defs/recipient/properties/contract/properties",
      })
  void each_mapping_declares_exactly_the_keys_the_loader_accepts(
      String what, String yaml, String pointer) throws IOException {
    Files.writeString(dir.resolve("map.yaml"), yaml.replace("\\n", "\n").replace("KEY", BOGUS));

    String message =
        DataMapLoader.load(dir).problems().stream()
            .map(Problem::message)
            .filter(m -> m.startsWith("unknown key '" + BOGUS + "'"))
            .findFirst()
            .orElseThrow();
    Set<String> accepted =
        Arrays.stream(message.substring(message.indexOf("allowed keys: ") + 14).split(", "))
            .collect(Collectors.toCollection(TreeSet::new));

    assertThat(declared(schema.at(pointer))).as(what).isEqualTo(accepted);
  }

  @Test
  void each_vocabulary_lists_exactly_the_loaders_words() {
    JsonNode defs = schema.path("$defs");
    assertThat(words(defs.at("/requestMethod/enum"))).isEqualTo(Vocabulary.ids(Method.class));
    assertThat(words(defs.at("/recipient/properties/kind/enum")))
        .isEqualTo(Vocabulary.ids(RecipientKind.class));
    assertThat(words(defs.at("/recipient/properties/transfer/enum")))
        .isEqualTo(Vocabulary.ids(Transfer.class));
    assertThat(words(defs.at("/field/properties/sensitive/enum")))
        .isEqualTo(Vocabulary.ids(SensitiveKind.class));
    assertThat(words(defs.at("/field/properties/identity/enum"))).isEqualTo(Field.IDENTITIES);
    assertThat(words(defs.at("/jurisdictions/properties/operates/items/enum")))
        .isEqualTo(dev.rightful.law.state.Jurisdictions.codes());
    assertThat(words(defs.at("/jurisdictions/properties/others/enum")))
        .isEqualTo(Vocabulary.ids(JurisdictionPolicy.Others.class));
    assertThat(words(defs.at("/admtUse/properties/decision/enum")))
        .isEqualTo(Vocabulary.ids(dev.rightful.law.SignificantDecision.class));
    assertThat(words(defs.at("/admtUse/properties/exception/enum")))
        .isEqualTo(Vocabulary.ids(dev.rightful.law.AdmtException.class));
    assertThat(words(defs.at("/collectionPoint/properties/kind/enum")))
        .isEqualTo(CollectionPoint.Kind.ids());
    assertThat(declared(defs.at("/recipient/properties/contract/properties/terms/properties")))
        .isEqualTo(new TreeSet<>(Vocabulary.ids(dev.rightful.law.ContractTerm.class)));
  }

  private static Set<String> declared(JsonNode properties) {
    Set<String> keys = new TreeSet<>();
    properties.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  private static List<String> words(JsonNode array) {
    List<String> words = new ArrayList<>();
    array.forEach(word -> words.add(word.asText()));
    return words;
  }
}
