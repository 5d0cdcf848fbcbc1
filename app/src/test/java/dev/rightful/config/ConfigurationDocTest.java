package dev.rightful.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.testing.Repo;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ConfigurationDocTest {
  @Test
  void docs_configuration_md_is_generated_from_the_option_declarations() throws Exception {
    Path doc = Repo.root().resolve("docs/configuration.md");
    if (Boolean.getBoolean("updateSnapshots")) {
      Files.createDirectories(doc.getParent());
      Files.writeString(doc, OptionsDoc.markdown());
    }
    String text = Files.readString(doc);
    assertThat(text).isEqualTo(OptionsDoc.markdown());
    for (Option option : Options.ALL) {
      assertThat(text).contains(option.flag(), option.envVar());
    }
  }
}
