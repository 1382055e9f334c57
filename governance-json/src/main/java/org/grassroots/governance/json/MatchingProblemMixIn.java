package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.grassroots.governance.matching.Demand;
import org.grassroots.governance.matching.MatchingPolicy;
import org.grassroots.governance.matching.MatchingProblem;
import org.grassroots.governance.matching.Resource;

/**
 * Writes {@link MatchingProblem} (demands, resources, policy; the locality model is not part of
 * the exchange format and reads as the default, code-prefix locality); it is read through {@link
 * MatchingProblemForm}. Schema: {@code matching-problem.schema.json}.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"demands", "resources", "policy"})
@JsonSerialize(as = MatchingProblem.class)
abstract class MatchingProblemMixIn {
  private MatchingProblemMixIn() {}

  @JsonProperty("demands")
  abstract List<Demand> demands();

  @JsonProperty("resources")
  abstract List<Resource> resources();

  @JsonProperty("policy")
  abstract MatchingPolicy policy();
}
