package dev.rightful.datamap;

import dev.rightful.law.Category;
import java.util.Set;

/** A category of source from which personal information is collected (CC 1798.110(a)(2)). */
public record Source(String id, String description, Set<Category> categories, Location location) {}
