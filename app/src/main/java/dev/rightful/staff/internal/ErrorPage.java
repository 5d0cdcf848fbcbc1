package dev.rightful.staff.internal;

/** A console error page: a heading, one sentence, and a link back to sign-in. */
public record ErrorPage(String title, String message) {}
