package org.grassroots.governance.json.matching;

/** Message templates of the matching documents. */
final class MatchingDocumentMessages {
  static final String NOT_THIS_PROBLEM =
      "is not the result its allocations give on this problem (unmatched demands or metrics differ)";

  private MatchingDocumentMessages() {}
}
