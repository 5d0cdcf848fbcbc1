package dev.rightful.web;

import io.javalin.http.Context;

/**
 * Checks that a staff API call carries a valid bearer token of one of the allowed roles and returns
 * the actor name for the audit log ({@code staff:alice}, {@code token:crm}); otherwise throws an
 * {@link ApiProblem} with status 401 or 403.
 */
@FunctionalInterface
public interface StaffGuard {
  String require(Context ctx, String... roles);
}
