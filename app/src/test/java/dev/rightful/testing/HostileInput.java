package dev.rightful.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik generators for property tests of intake: request bodies and form fields mixing valid
 * submissions with hostile input (lone surrogates, control characters, bytes that are not UTF-8,
 * huge strings, odd email addresses, wrong JSON types, missing fields). Values are bytes, so that
 * what is sent need not be UTF-8 at all.
 */
public final class HostileInput {
  private HostileInput() {}

  public static final List<String> TYPES =
      List.of(
          "know-categories",
          "know-specific",
          "delete",
          "correct",
          "opt-out",
          "limit-sensitive",
          "direct-marketing");

  /** Addresses that look like email but that mail cannot take; issue 11 names the first four. */
  public static final List<String> ODD_EMAILS =
      List.of(
          "a,b@x.com",
          "a;b@x.com",
          "a[1]@x.com",
          "<script>alert(1)</script>@x.com",
          "\"a b\"@x.com",
          "Jane <jane@x.com>",
          "a@b@x.com",
          "a..b@x.com",
          "a@x",
          "a@[127.0.0.1]",
          "jos\u00e9@x.com",
          "a\u0000@x.com",
          "a@x.com\r\nBcc: b@y.com",
          "a(comment)@x.com",
          "@x.com",
          "a@",
          " ",
          "x".repeat(250) + "@x.com");

  /** Text that is not text, or too much of it; as Java strings (lone surrogates allowed). */
  static final List<String> HOSTILE_TEXT =
      List.of(
          "\ud800",
          "Jane\udc00",
          "\udbff",
          "a\u0000b",
          "\u0007",
          "\u001b[31mred",
          "line\nbreak",
          "tab\there",
          "\u0085",
          "\u2028",
          "\u202eevil",
          "\uFFFD",
          "\uFEFFbom",
          "\uFFFF",
          "\"quoted\" \\ back",
          "<script>alert(1)</script>",
          "' OR 1=1 --",
          "x".repeat(5000),
          "y".repeat(201),
          "\ud83d\ude00 emoji",
          "");

  /** Bytes that are not UTF-8, to put inside a string. */
  static final List<byte[]> BAD_BYTES =
      List.of(
          new byte[] {(byte) 0xFF},
          new byte[] {(byte) 0xFE, (byte) 0xFF},
          new byte[] {(byte) 0xC0, (byte) 0x80},
          new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
          new byte[] {(byte) 0x80},
          new byte[] {(byte) 0xE2, (byte) 0x82},
          new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
          new byte[] {'J', 'o', 's', (byte) 0xE9});

  static final List<String> NAMES =
      List.of("Jane Doe", "José Ñúñez", "山田太郎", "Zoë O'Brien-Smith", "Li Wei", "A");

  static final List<String> EMAILS =
      List.of(
          "jane.doe@example.com",
          "o'brien+privacy@mail.example.co.uk",
          "li.wei@example.org",
          "z@x-y.example",
          "user_1@xn--mller-kva.de");

  /** Raw text: a valid value for the field (from {@code valid}) most of the time, else hostile. */
  public static Arbitrary<byte[]> text(List<String> valid) {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(60, Arbitraries.of(valid).map(HostileInput::utf8)),
        net.jqwik.api.Tuple.of(2, Arbitraries.of(HOSTILE_TEXT).map(HostileInput::wtf8)),
        net.jqwik.api.Tuple.of(1, Arbitraries.of(ODD_EMAILS).map(HostileInput::utf8)),
        net.jqwik.api.Tuple.of(
            1,
            Combinators.combine(Arbitraries.of(valid), Arbitraries.of(BAD_BYTES))
                .as((ok, bad) -> concat(utf8(ok), bad))),
        net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMaxLength(40).map(HostileInput::wtf8)));
  }

  public static Arbitrary<byte[]> names() {
    return text(NAMES);
  }

  public static Arbitrary<byte[]> emails() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(14, text(EMAILS)),
        net.jqwik.api.Tuple.of(2, Arbitraries.of(ODD_EMAILS).map(HostileInput::utf8)));
  }

  public static Arbitrary<byte[]> types() {
    return text(TYPES);
  }

  /**
   * UTF-8, except that a lone surrogate is written as a 3-byte sequence (WTF-8), as a careless
   * client would: it is not UTF-8.
   */
  static byte[] wtf8(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean pair =
          Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1));
      if (pair) {
        out.writeBytes(text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8));
        i++;
      } else if (Character.isSurrogate(c)) {
        out.write(0xE0 | (c >> 12));
        out.write(0x80 | ((c >> 6) & 0x3F));
        out.write(0x80 | (c & 0x3F));
      } else {
        out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
      }
    }
    return out.toByteArray();
  }

  public static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  public static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  /**
   * The bytes as a JSON string literal. WTF-8 surrogates become {@code \\uXXXX} escapes (a lone
   * surrogate in valid JSON), controls are escaped; other bytes, UTF-8 or not, are left as they
   * are.
   */
  public static byte[] jsonString(byte[] raw) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write('"');
    for (int i = 0; i < raw.length; i++) {
      int b = raw[i] & 0xFF;
      if (b == 0xED && i + 2 < raw.length && (raw[i + 1] & 0xE0) == 0xA0) {
        int c = ((b & 0x0F) << 12) | ((raw[i + 1] & 0x3F) << 6) | (raw[i + 2] & 0x3F);
        out.writeBytes(String.format("\\u%04x", c).getBytes(StandardCharsets.US_ASCII));
        i += 2;
      } else if (b == '"' || b == '\\') {
        out.write('\\');
        out.write(b);
      } else if (b < 0x20) {
        out.writeBytes(String.format("\\u%04x", b).getBytes(StandardCharsets.US_ASCII));
      } else {
        out.write(b);
      }
    }
    out.write('"');
    return out.toByteArray();
  }

  /** The bytes percent-encoded for a form body, whether or not they are UTF-8. */
  public static String formEncoded(byte[] raw) {
    StringBuilder out = new StringBuilder();
    for (byte value : raw) {
      int b = value & 0xFF;
      if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')) {
        out.append((char) b);
      } else {
        out.append('%').append(String.format("%02X", b));
      }
    }
    return out.toString();
  }
}
