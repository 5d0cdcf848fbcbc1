package dev.rightful.fulfil.vendor;

/**
 * A vendor system that accepted a request for later (202) and stayed silent through every reminder:
 * its step is blocked for staff to follow up.
 */
public final class VendorSilent extends RuntimeException {
  public VendorSilent(String system, int reminders) {
    super("vendor system '" + system + "' has not answered after " + reminders + " reminders");
  }
}
