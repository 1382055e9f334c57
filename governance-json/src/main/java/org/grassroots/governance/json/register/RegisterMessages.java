package org.grassroots.governance.json.register;

/** Message templates of the register package, kept in one place and asserted by tests. */
final class RegisterMessages {
  static final String NAME_BLANK = "must not be blank";
  static final String NAME_TOO_LONG = "must have at most " + OrganizationRecord.MAX_NAME_LENGTH
      + " characters";
  static final String NAME_NOT_STRIPPED = "must not begin or end with white space";
  static final String NAME_CONTROL = "must not contain control characters";
  static final String GRID_OUTSIDE =
      "grid %s lies outside division %s: an organisation's grid must lie within its division";

  private RegisterMessages() {}
}
