package dev.rightful.staff.internal;

/** What the console's landing page shows: who is signed in, and the sign-out form's token. */
public record HomePage(String username, String role, String csrfToken) {}
