package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import org.grassroots.governance.matching.Demand;
import org.grassroots.governance.matching.MatchingPolicy;
import org.grassroots.governance.matching.MatchingProblem;
import org.grassroots.governance.matching.Resource;

/**
 * The JSON properties of a {@link MatchingProblem}, built through its public builder, so
 * duplicate ids are refused at their index; {@code policy} defaults to {@link
 * MatchingPolicy#defaults()}.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
record MatchingProblemForm(
    @JsonProperty(value = "demands", required = true) Optional<List<Demand>> demands,
    @JsonProperty(value = "resources", required = true) Optional<List<Resource>> resources,
    @JsonProperty("policy") Optional<MatchingPolicy> policy) {

  @JsonCreator
  MatchingProblemForm {}

  MatchingProblem toValue() {
    List<Demand> d = Forms.elements("MatchingProblem", "demands", demands).orElse(List.of());
    List<Resource> r = Forms.elements("MatchingProblem", "resources", resources).orElse(List.of());
    MatchingProblem.Builder b = MatchingProblem.builder().demands(d).resources(r);
    Forms.present(policy).ifPresent(b::policy);
    return b.build();
  }
}
