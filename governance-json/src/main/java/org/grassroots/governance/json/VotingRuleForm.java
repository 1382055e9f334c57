package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import org.grassroots.governance.deliberation.MajorityBase;
import org.grassroots.governance.deliberation.MatterKind;
import org.grassroots.governance.deliberation.Threshold;
import org.grassroots.governance.deliberation.VotingRule;

/**
 * The JSON properties of a {@link VotingRule}, built through its public builder; every property
 * is optional (absent ones keep the defaults of {@link VotingRule#defaults()}).
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
record VotingRuleForm(
    @JsonProperty("quorum") Optional<Threshold> quorum,
    @JsonProperty("majority") Optional<Threshold> majority,
    @JsonProperty("majorityBase") Optional<MajorityBase> majorityBase,
    @JsonProperty("qualifiedMajority") Optional<Threshold> qualifiedMajority,
    @JsonProperty("qualifiedKinds") Optional<List<MatterKind>> qualifiedKinds) {

  @JsonCreator
  VotingRuleForm {}

  VotingRule toValue() {
    VotingRule.Builder b = VotingRule.builder();
    Forms.present(quorum).ifPresent(b::quorum);
    Forms.present(majority).ifPresent(b::majority);
    Forms.present(majorityBase).ifPresent(b::majorityBase);
    Forms.present(qualifiedMajority).ifPresent(b::qualifiedMajority);
    if (Forms.present(qualifiedKinds).isPresent()) {
      b.qualifiedKinds(Forms.distinct("VotingRule", "qualifiedKinds", qualifiedKinds));
    }
    return b.build();
  }
}
