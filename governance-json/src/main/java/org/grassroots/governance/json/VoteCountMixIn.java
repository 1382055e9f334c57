package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.grassroots.governance.deliberation.MajorityBase;
import org.grassroots.governance.deliberation.Tally;
import org.grassroots.governance.deliberation.Threshold;
import org.grassroots.governance.deliberation.VoteCount;

/**
 * Writes {@link VoteCount} with the derived numbers needed; it is read through {@link
 * VoteCountForm}.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"members", "present", "tally", "quorum", "quorumNeeded", "majority",
    "majorityBase", "votesNeeded"})
@JsonSerialize(as = VoteCount.class)
abstract class VoteCountMixIn {
  private VoteCountMixIn() {}

  @JsonProperty("members")
  abstract int members();

  @JsonProperty("present")
  abstract int present();

  @JsonProperty("tally")
  abstract Tally tally();

  @JsonProperty("quorum")
  abstract Threshold quorum();

  @JsonProperty("quorumNeeded")
  abstract int quorumNeeded();

  @JsonProperty("majority")
  abstract Threshold majority();

  @JsonProperty("majorityBase")
  abstract MajorityBase majorityBase();

  @JsonProperty("votesNeeded")
  abstract int votesNeeded();
}
