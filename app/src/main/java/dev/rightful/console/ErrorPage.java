package dev.rightful.console;

/** A console page that says what went wrong and where to go next. Immutable. */
public record ErrorPage(String title, String message, ConsoleUser user) {}
