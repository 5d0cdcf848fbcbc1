package dev.rightful.brand;

import java.util.Locale;

/**
 * The brand stylesheet: the design system's accent (buttons, links, header bar, active borders)
 * turned to the company's primary colour. The map's check that white text on that colour meets WCAG
 * AA also makes the colour itself readable on white, as contrast is symmetric.
 */
final class Theme {
  private Theme() {}

  static String css(String color) {
    String dark = darker(color);
    return ":root{--rf-brand:"
        + color
        + ";--rf-brand-dark:"
        + dark
        + "}\n"
        + ".rf-brandbar{background:var(--rf-brand);border-bottom:4px solid var(--rf-brand-dark)}\n"
        + ".govuk-button:not(.govuk-button--secondary):not(.govuk-button--warning)"
        + "{background-color:var(--rf-brand);box-shadow:0 2px 0 var(--rf-brand-dark)}\n"
        + ".govuk-button:not(.govuk-button--secondary):not(.govuk-button--warning):hover"
        + "{background-color:var(--rf-brand-dark)}\n"
        + ".govuk-link:link,.govuk-link:visited,.govuk-main-wrapper a:not(.govuk-button){color:var(--rf-brand)}\n"
        + ".govuk-link:hover,.govuk-main-wrapper a:not(.govuk-button):hover{color:var(--rf-brand-dark)}\n"
        + ".govuk-link:focus,.govuk-main-wrapper a:focus{color:#0b0c0c}\n"
        + ".govuk-inset-text{border-left-color:var(--rf-brand)}\n"
        + ".govuk-footer{border-top-color:var(--rf-brand)}\n";
  }

  /** The colour with each channel at 70 %, for hover states and shadows. */
  static String darker(String hex) {
    int rgb = Integer.parseInt(hex.substring(1), 16);
    int r = (rgb >> 16 & 0xff) * 7 / 10;
    int g = (rgb >> 8 & 0xff) * 7 / 10;
    int b = (rgb & 0xff) * 7 / 10;
    return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
  }
}
