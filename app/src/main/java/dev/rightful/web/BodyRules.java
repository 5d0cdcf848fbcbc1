package dev.rightful.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import dev.rightful.input.TextRule;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;

/**
 * The rules every API body meets before any handler reads it, so no endpoint can forget them: the
 * body is UTF-8 (RFC 8259 8.1), decoded strictly, since a lenient decoder silently stores U+FFFD
 * for what the client sent; and every string in a JSON body, and every member name, passes {@link
 * TextRule} (no lone surrogate, no control character but line breaks and tabs). A failure is a 400
 * problem naming the field ({@code subject.name}, {@code corrections[0].value}). Whether a field
 * takes one line or free text, and what else it must be, is left to the endpoint's parser. A body
 * that is not JSON at all is left to the handler, which says so in its own words. Thread-safe.
 */
public final class BodyRules {
  private static final JsonFactory JSON = new JsonFactory();

  private BodyRules() {}

  /** A before-handler for {@code /api/*}. */
  public static void check(Context ctx) {
    HandlerType method = ctx.method();
    if (method != HandlerType.POST
        && method != HandlerType.PUT
        && method != HandlerType.PATCH
        && method != HandlerType.DELETE) {
      return;
    }
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
    // Handlers read JSON whatever the declared type, so every body but a file upload is checked:
    // skipping form-encoded ones would let a JSON body through under that label.
    if (type.startsWith("multipart/")) {
      return;
    }
    byte[] bytes = ctx.bodyAsBytes();
    if (bytes.length == 0) {
      return;
    }
    charset(type)
        .filter(charset -> !charset.equals("utf-8") && !charset.equals("utf8"))
        .ifPresent(
            charset -> {
              throw ApiProblem.badRequest(
                  "body", "send the body as UTF-8 (Content-Type: application/json)");
            });
    checkStrings(decode(bytes));
  }

  private static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw ApiProblem.badRequest("body", "the body is not valid UTF-8 text");
    }
  }

  private static void checkStrings(String text) {
    try (JsonParser parser = JSON.createParser(text)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          if (!TextRule.isValid(name, TextRule.Lines.ONE)) {
            // The name itself cannot be echoed: name the object holding it.
            String holder = path(parser.getParsingContext().getParent());
            throw ApiProblem.badRequest(
                holder, "a field name in " + holder + " contains characters that are not text");
          }
        } else if (token == JsonToken.VALUE_STRING) {
          Optional<String> problem = TextRule.problem(parser.getText(), TextRule.Lines.MANY);
          if (problem.isPresent()) {
            String field = path(parser.getParsingContext());
            throw ApiProblem.badRequest(field, field + " " + problem.get());
          }
        }
      }
    } catch (IOException e) {
      // Not JSON, or not only JSON: the handler refuses it in its own words.
    }
  }

  /** The field a parse position stands at, named as the parsers name fields. */
  private static String path(JsonStreamContext context) {
    Deque<String> parts = new ArrayDeque<>();
    for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
      if (at.inArray()) {
        parts.push("[" + Math.max(0, at.getCurrentIndex()) + "]");
      } else if (at.getCurrentName() != null) {
        parts.push("." + at.getCurrentName());
      }
    }
    String path = String.join("", parts);
    path = path.startsWith(".") ? path.substring(1) : path;
    return path.isEmpty() ? "body" : path;
  }

  /** The charset parameter of a content type, lower case, if there is one. */
  private static Optional<String> charset(String contentType) {
    for (String parameter : contentType.split(";")) {
      String[] pair = parameter.strip().split("=", 2);
      if (pair.length == 2 && pair[0].strip().equals("charset")) {
        return Optional.of(pair[1].strip().replace("\"", ""));
      }
    }
    return Optional.empty();
  }
}
