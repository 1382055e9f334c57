package org.grassroots.governance.json.matching;

/** Message templates of the matching CSV layouts, kept in one place and asserted by tests. */
final class Messages {
  static final String WINDOW_BOTH =
      "a time window needs both windowStart and windowEnd (or neither)";
  static final String PROVIDER_ONE_OF =
      "a provider is exactly one of providerOrganisation and providerPerson";
  static final String WINDOW_CELL =
      "must be a time window start/end, e.g. 2024-05-02T08:00:00Z/2024-05-02T12:00:00Z";

  private Messages() {}
}
