package org.grassroots.governance.grid;

import java.util.Locale;

/** Message templates of the grid package, in one place. */
final class Messages {
  private Messages() {}

  static final String TYPE = "GridHierarchy";
  static final String DUPLICATE = "duplicate code: already given at %s";
  static final String MISSING_PARENT = "no such node %s: a parent must be given in the same hierarchy";
  static final String NOT_DEEPER =
      "a %s is not deeper than its parent %s at level %s: a child lies at a deeper level";
  static final String NOT_UNDER_PREFIX =
      "%s is not under its parent's prefix %s: a child's code starts with its parent's native code";
  static final String NOT_NEAREST =
      "parent %s is not the nearest existing ancestor: %s lies between (the parent is the nearest"
          + " existing ancestor)";
  static final String ROOT_HAS_ANCESTOR =
      "no parent given, but ancestor %s exists: the parent is the nearest existing ancestor";
  static final String CYCLE = "lies on a cycle of parents: %s";
  static final String TWO_GRIDS = "building %s is in two grids: %s (%s) and %s";
  static final String GRID_OUTSIDE =
      "grid %s lies outside community %s: a grid code starts with its community's code";
  static final String GRID_PARENT_NOT_COMMUNITY =
      "grid %s hangs under %s at level %s: a grid's parent is a community";
  static final String BUILDING_PARENT_NOT_GRID = "a building's parent is a grid, found %s";
  static final String NOT_IN_HIERARCHY = "node %s is not in this hierarchy";
  static final String TOO_MANY = "too many %s: at most %d";
  static final String BAD_ROW = "%s";
  static final String NAME_BLANK = "name must not be blank";

  static String f(String template, Object... args) {
    return String.format(Locale.ROOT, template, args);
  }
}
