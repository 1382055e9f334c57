package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.grassroots.governance.id.DemandId;
import org.grassroots.governance.id.ResourceId;
import org.grassroots.governance.matching.Unmatched;
import org.grassroots.governance.matching.UnmatchedReason;

/**
 * Writes {@link Unmatched}; it is derived data of a result (recomputed on read and compared, see
 * {@link SolvedProblemForm}), never read on its own. Schema: {@code matching.schema.json}.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"demand", "quantity", "reason", "filledResources"})
@JsonSerialize(as = Unmatched.class)
abstract class UnmatchedMixIn {
  private UnmatchedMixIn() {}

  @JsonProperty("demand")
  abstract DemandId demand();

  @JsonProperty("quantity")
  abstract int quantity();

  @JsonProperty("reason")
  abstract UnmatchedReason reason();

  @JsonProperty("filledResources")
  abstract List<ResourceId> filledResources();
}
