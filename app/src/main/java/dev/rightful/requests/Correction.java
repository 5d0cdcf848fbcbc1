package dev.rightful.requests;

/** One correction a consumer asks for: which information, its correct value, and why (7023). */
public record Correction(String field, String value, String note) {}
