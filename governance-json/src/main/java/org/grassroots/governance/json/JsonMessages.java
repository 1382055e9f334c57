package org.grassroots.governance.json;

import java.util.Locale;

/** Message templates of the JSON package, kept in one place and asserted by tests. */
final class JsonMessages {
  static final String REQUIRED = "is required";
  static final String NOT_NULL = "must not be null";
  static final String UNKNOWN_PROPERTY = "is not a property of this document (%s)";
  static final String UNKNOWN_MAJOR =
      "format version %s is not supported: this reader reads %s (any minor version of major %d)";
  static final String NEWER_MINOR =
      "written by format version %s, newer than %s: properties unknown to this reader are %s";
  static final String BAD_VERSION = "must be a SemVer version MAJOR.MINOR.PATCH, e.g. 1.0.0";
  static final String WRONG_FORMAT = "must be \"%s\"";
  static final String WRONG_KIND = "must be \"%s\" for this reader";
  static final String BAD_KIND = "must be a kind name of lower-case letters, digits and '-'";
  static final String BAD_PROFILE =
      "must be a profile name of 1 to 128 letters, digits, '.', '-', '_', ':' or '/'";
  static final String BAD_TIMESTAMP =
      "must be an ISO-8601 date-time with an offset, e.g. 2024-05-01T09:30:00+08:00";
  static final String EXPECTED_OBJECT = "a document must be a JSON object";
  static final String EXPECTED_TYPE = "must be %s, found %s";
  static final String DATA_BEFORE_HEADER =
      "in a streamed document, data must come after format, version and kind";
  static final String TRAILING = "nothing may follow the document";
  static final String DUPLICATE = "appears twice";
  static final String PROVIDER_ONE_OF =
      "a provider names exactly one of organisation and person";
  static final String AREA_ONE_OF = "a service area has exactly one of root and reach";
  static final String REPEATED = "appears twice in a set";
  static final String NOT_JSON = "is not well-formed JSON: %s";
  static final String NOT_TEXT = "cannot be decoded as UTF-8/16/32 text: %s";
  static final String LIMIT = "exceeds a reading limit: %s";
  static final String EMPTY = "the input is empty";
  static final String MISMATCH = "does not fit the expected shape: %s";
  static final String IO = "could not be read: %s";
  static final String WRITE_FAILED = "the document could not be written: %s";
  static final String DERIVED_DIFFERS = "does not match the value recomputed from %s: %s";
  static final String DERIVED_EXTRA = "is not part of the value recomputed from %s";
  static final String FROM_ALLOCATIONS = "the problem and the allocations";
  static final String FROM_LAYERS = "the layers";
  static final String FROM_MEASUREMENTS = "the system and the measurements";
  static final String FROM_INDICATOR_SCORES = "the indicator scores";
  static final String EVENT_TYPE = "must be %s to read a %s";
  static final String NOT_OF_RULE = "is not a property of a rule of type %s";
  static final String FINITE = "must be a finite number";
  static final String KIND_DERIVED = "must be %s, the kind its code and name give";
  static final String NOT_OF_DECISION = "is not a property of %s decision";
  static final String CUSTOM_RULE =
      "policy rule %s is not made by the PolicyRule factories: only the standard rule kinds can be written";
  static final String NOT_OF_EVENT = "is not a property of a %s event";
  static final String IDENTIFIER_TEXT = "an identifier must be a JSON string, found %s";

  private JsonMessages() {}

  static String f(String template, Object... args) {
    return String.format(Locale.ROOT, template, args);
  }
}
