package dev.rightful.datamap;

import java.nio.file.Path;

/** Where a value stands in a data map file; line and column count from 1. */
public record Location(Path file, int line, int column) {

  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
