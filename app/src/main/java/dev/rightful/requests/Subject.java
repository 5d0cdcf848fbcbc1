package dev.rightful.requests;

/**
 * The consumer a request is about, as the requester identified them. Held encrypted at rest; looked
 * up by keyed hashes of email and phone. Fields are null when not given.
 */
public record Subject(
    String email, String phone, String name, String postalAddress, String accountId) {}
