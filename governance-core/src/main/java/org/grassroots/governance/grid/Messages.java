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
  static final String NAME_BLANK = "name must not be blank";

  // restructuring
  static final String NOT_COMMUNITY = "must be a community (village level), found %s";
  static final String SAME_AS_SURVIVOR = "must differ from the survivor";
  static final String LISTED_TWICE = "is listed twice";
  static final String TOO_MANY_GRIDS =
      "too many grids: the survivor would need sequence numbers up to %d (max 9999)";
  static final String NOT_A_GRID_OF = "is not a grid of community %s";
  static final String NEW_COMMUNITY_LEVEL = "a new community has a village-level code";
  static final String NEW_COMMUNITY_EXISTS = "already exists: a split creates new communities";
  static final String NEW_COMMUNITY_PARENT = "must lie under the same parent %s as %s";
  static final String NEW_COMMUNITY_NAME = "a new community needs a name";
  static final String SAME_GRID = "the building is already in this grid";
  static final String GRID_FULL = "the grid has no free building sequence number";
  // party overlay
  static final String PARTY_LEVEL = "a %s leads a %s, but %s is a %s";
  static final String PARTY_NODE_TAKEN = "already led by attachments[%s]: one organisation per node";
  static final String PARTY_ID_TAKEN =
      "already attached at attachments[%s]: an organisation leads one node";
  static final String PARTY_CHAIN =
      "a %s needs a %s on %s: inside a community the chain is joint organisation → grid branch"
          + " → building group";
  // division table
  static final String EMPTY_TABLE = "the table is empty: expected a header %s";
  static final String HEADER = "expected the header %s";
  static final String FIELDS = "expected 4 or 5 comma-separated fields, found %d";
  static final String LEVEL_RANGE = "must be 1 (province) to 5 (village)";
  static final String LEVEL_DISAGREES = "disagrees with the code %s, whose level is %d";
  static final String URBAN_RURAL = "must be a 3-digit urban-rural class (111-123, 210, 220)";
  static final String MORE_PROBLEMS = "and %d more problems not listed";
  static final String TWELVE_DIGITS = "must have 12 digits, found %d";
  // fusion
  static final String NO_LAYER = "at least one layer is needed";
  static final String LAYER_NAME_TWICE = "two layers have this name";
  static final String FUSED_FULL = "community %s would need more than 9999 fused grids";
  // builder and positions
  static final String COUNT_RANGE = "must be 0 to 9999";
  static final String CORRUPT_FORM = "array lengths disagree: the form is corrupt";
  static final String VALUES_LENGTH = "values has length %d, expected one per node: %d";

  static final String COUNT_NEGATIVE = "must be at least 0";
  static final String MAPPING_UNCHANGED = "must differ from the old code: unchanged codes are left out of the mapping";
  static final String MAPPING_KIND = "must be a %s code, like the old code";

  static String f(String template, Object... args) {
    return String.format(Locale.ROOT, template, args);
  }
}
