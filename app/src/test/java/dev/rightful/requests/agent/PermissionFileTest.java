package dev.rightful.requests.agent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PermissionFileTest {
  @Test
  void the_type_is_read_from_the_first_bytes() {
    assertThat(PermissionFile.of("%PDF-1.7 ...".getBytes()))
        .hasValueSatisfying(f -> assertThat(f.mediaType()).isEqualTo("application/pdf"));
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0};
    assertThat(PermissionFile.of(png))
        .hasValueSatisfying(f -> assertThat(f.mediaType()).isEqualTo("image/png"));
    byte[] jpeg = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0};
    assertThat(PermissionFile.of(jpeg))
        .hasValueSatisfying(f -> assertThat(f.mediaType()).isEqualTo("image/jpeg"));
  }

  @Test
  void html_scripts_empty_files_and_files_over_2_mb_are_refused_with_a_reason() {
    assertThat(PermissionFile.problem("<html><script>".getBytes())).contains("PDF, PNG or JPEG");
    assertThat(PermissionFile.problem("PDF-%".getBytes())).contains("PDF, PNG or JPEG");
    assertThat(PermissionFile.problem(new byte[0])).isEqualTo("The file is empty.");
    byte[] big = new byte[PermissionFile.MAX_BYTES + 1];
    System.arraycopy("%PDF-".getBytes(), 0, big, 0, 5);
    assertThat(PermissionFile.problem(big)).contains("larger than 2 MB");
    assertThat(PermissionFile.of(big)).isEmpty();
  }

  @Test
  void the_content_stays_out_of_logs() {
    PermissionFile file = PermissionFile.of("%PDF-secret".getBytes()).orElseThrow();
    assertThat(file.toString()).isEqualTo("PermissionFile[application/pdf, 11 bytes]");
  }
}
