package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.grassroots.governance.matching.MatchingPolicy;
import org.grassroots.governance.matching.MeetingLevel;
import org.grassroots.governance.matching.Urgency;
import org.grassroots.governance.validation.Violations;

/**
 * The JSON properties of a {@link MatchingPolicy}, built through its public builder; every
 * property is optional and defaults to {@link MatchingPolicy#defaults()}'s value.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
record MatchingPolicyForm(
    @JsonProperty("levelCosts") Optional<List<Integer>> levelCosts,
    @JsonProperty("urgencyWeights") Optional<Map<Urgency, Integer>> urgencyWeights,
    @JsonProperty("vulnerableGroupWeight") Optional<Integer> vulnerableGroupWeight,
    @JsonProperty("pairedCommunityBonus") Optional<Integer> pairedCommunityBonus,
    @JsonProperty("maxMeetingLevel") Optional<MeetingLevel> maxMeetingLevel) {

  @JsonCreator
  MatchingPolicyForm {}

  MatchingPolicy toValue() {
    Optional<List<Integer>> costs = Forms.elements("MatchingPolicy", "levelCosts", levelCosts);
    Optional<Map<Urgency, Integer>> weights = Forms.present(urgencyWeights);
    Violations v = Violations.of("MatchingPolicy");
    weights.ifPresent(m -> m.forEach(
        (k, w) -> v.check(w != null, "urgencyWeights." + k, "null", JsonMessages.NOT_NULL)));
    v.throwIfAny();
    MatchingPolicy.Builder b = MatchingPolicy.builder();
    costs.ifPresent(b::levelCosts);
    weights.ifPresent(b::urgencyWeights);
    Forms.present(vulnerableGroupWeight).ifPresent(b::vulnerableGroupWeight);
    Forms.present(pairedCommunityBonus).ifPresent(b::pairedCommunityBonus);
    Forms.present(maxMeetingLevel).ifPresent(b::maxMeetingLevel);
    return b.build();
  }
}
