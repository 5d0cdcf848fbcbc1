package dev.rightful.center;

import dev.rightful.requests.AgentAuthority;
import dev.rightful.requests.FieldError;
import dev.rightful.requests.RequesterKind;
import dev.rightful.requests.agent.PermissionFile;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import jakarta.servlet.MultipartConfigElement;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The signed permission an agent may attach to the request form: read from the multipart body
 * within fixed limits, kept only for an agent who states signed permission. Immutable.
 *
 * @param file the checked file, or null when none was sent or it was refused
 * @param errors why the file was refused, as a field error on {@code permission}
 */
record PermissionUpload(PermissionFile file, List<FieldError> errors) {
  /*
   * Limits are set per request, before anything reads the body: no part may exceed the file limit,
   * the whole body may carry a few form fields more, and every part stays in memory (threshold =
   * the body limit), so an unsealed copy of the file is never written to a temporary file. Jetty
   * refuses a larger body while reading it; guard() turns that into a 413 page.
   */
  static final String FIELD = "permission";
  private static final long MAX_BODY = PermissionFile.MAX_BYTES + 64 * 1024;
  // Jetty's request attribute for a multipart configuration, read by Javalin when it is present.
  private static final String MULTIPART_CONFIG = "org.eclipse.jetty.multipartConfig";

  /** Sets the limits for a multipart body; call before the body is read. */
  static void configure(Context ctx) {
    if (ctx.isMultipartFormData()) {
      ctx.req()
          .setAttribute(
              MULTIPART_CONFIG,
              new MultipartConfigElement(
                  System.getProperty("java.io.tmpdir"),
                  PermissionFile.MAX_BYTES,
                  MAX_BODY,
                  (int) MAX_BODY + 1));
    }
  }

  /** The file sent with {@code form}, if its requester is an agent with signed permission. */
  static PermissionUpload read(Context ctx, RequestForm form) {
    boolean wanted =
        RequesterKind.AUTHORIZED_AGENT.id().equals(form.value("requester.kind"))
            && AgentAuthority.SIGNED_PERMISSION.id().equals(form.value("requester.authority"));
    UploadedFile upload = ctx.isMultipartFormData() ? ctx.uploadedFile(FIELD) : null;
    // A file input left empty still sends a part, with no name and no content.
    if (!wanted || upload == null || (upload.size() == 0 && upload.filename().isEmpty())) {
      return new PermissionUpload(null, List.of());
    }
    byte[] content;
    try (InputStream in = upload.content()) {
      content = in.readNBytes(PermissionFile.MAX_BYTES + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String problem = PermissionFile.problem(content);
    if (problem != null) {
      return new PermissionUpload(null, List.of(new FieldError(FIELD, problem)));
    }
    return new PermissionUpload(PermissionFile.of(content).orElseThrow(), List.of());
  }
}
