package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import org.grassroots.governance.matching.MatchingPolicy;
import org.grassroots.governance.matching.MeetingLevel;
import org.grassroots.governance.matching.Urgency;

/**
 * Writes {@link MatchingPolicy} (every property, defaults included); it is read through {@link
 * MatchingPolicyForm}. Schema: {@code matching.schema.json}.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"levelCosts", "urgencyWeights", "vulnerableGroupWeight",
    "pairedCommunityBonus", "maxMeetingLevel"})
@JsonSerialize(as = MatchingPolicy.class)
abstract class MatchingPolicyMixIn {
  private MatchingPolicyMixIn() {}

  @JsonProperty("levelCosts")
  abstract List<Integer> levelCosts();

  @JsonProperty("urgencyWeights")
  abstract Map<Urgency, Integer> urgencyWeights();

  @JsonProperty("vulnerableGroupWeight")
  abstract int vulnerableGroupWeight();

  @JsonProperty("pairedCommunityBonus")
  abstract int pairedCommunityBonus();

  @JsonProperty("maxMeetingLevel")
  abstract MeetingLevel maxMeetingLevel();
}
