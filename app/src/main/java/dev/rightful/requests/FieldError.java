package dev.rightful.requests;

/** What is wrong with one input field, named as the API spells it ({@code subject.email}). */
public record FieldError(String field, String message) {}
