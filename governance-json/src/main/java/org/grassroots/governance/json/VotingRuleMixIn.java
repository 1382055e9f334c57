package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Set;
import org.grassroots.governance.deliberation.MajorityBase;
import org.grassroots.governance.deliberation.MatterKind;
import org.grassroots.governance.deliberation.Threshold;
import org.grassroots.governance.deliberation.VotingRule;

/** Writes {@link VotingRule}; read through {@link VotingRuleForm}. Schema: {@code matter.schema.json}. */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"quorum", "majority", "majorityBase", "qualifiedMajority", "qualifiedKinds"})
@JsonSerialize(as = VotingRule.class)
abstract class VotingRuleMixIn {
  private VotingRuleMixIn() {}

  @JsonProperty("quorum")
  abstract Threshold quorum();

  @JsonProperty("majority")
  abstract Threshold majority();

  @JsonProperty("majorityBase")
  abstract MajorityBase majorityBase();

  @JsonProperty("qualifiedMajority")
  abstract Threshold qualifiedMajority();

  @JsonProperty("qualifiedKinds")
  abstract Set<MatterKind> qualifiedKinds();
}
