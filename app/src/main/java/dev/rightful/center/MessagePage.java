package dev.rightful.center;

/** A short page that says what went wrong and what to do: a heading and a paragraph. Immutable. */
public record MessagePage(String title, String message) {}
