package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.grassroots.governance.deliberation.MajorityBase;
import org.grassroots.governance.deliberation.Tally;
import org.grassroots.governance.deliberation.Threshold;
import org.grassroots.governance.deliberation.VoteCount;
import org.grassroots.governance.validation.InvalidValueException;
import org.grassroots.governance.validation.Violation;
import org.grassroots.governance.validation.Violations;
import org.jspecify.annotations.Nullable;

/**
 * The JSON properties of a {@link VoteCount}, built through {@link VoteCount#of}; {@code
 * quorumNeeded} and {@code votesNeeded} are derived data: optional, and when given they must
 * equal the derived numbers.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
record VoteCountForm(
    @JsonProperty(value = "members", required = true) @Nullable Integer members,
    @JsonProperty(value = "present", required = true) @Nullable Integer present,
    @JsonProperty(value = "tally", required = true) @Nullable Tally tally,
    @JsonProperty(value = "quorum", required = true) @Nullable Threshold quorum,
    @JsonProperty("quorumNeeded") Optional<Integer> quorumNeeded,
    @JsonProperty(value = "majority", required = true) @Nullable Threshold majority,
    @JsonProperty(value = "majorityBase", required = true) @Nullable MajorityBase majorityBase,
    @JsonProperty("votesNeeded") Optional<Integer> votesNeeded) {

  @JsonCreator
  VoteCountForm {}

  VoteCount toValue() {
    Violations v = Violations.of("VoteCount").require("members", members)
        .require("present", present).require("tally", tally).require("quorum", quorum)
        .require("majority", majority).require("majorityBase", majorityBase);
    if (members == null || present == null || tally == null || quorum == null
        || majority == null || majorityBase == null) {
      v.throwIfAny();
      throw new IllegalStateException("unreachable");
    }
    VoteCount c = VoteCount.of(members, present, tally, quorum, majority, majorityBase);
    List<Violation> derived = new ArrayList<>();
    Forms.present(quorumNeeded).filter(n -> n != c.quorumNeeded()).ifPresent(n ->
        derived.add(Violation.of("quorumNeeded", n, JsonMessages.f(JsonMessages.DERIVED_DIFFERS,
            "the quorum and the members", c.quorumNeeded()))));
    Forms.present(votesNeeded).filter(n -> n != c.votesNeeded()).ifPresent(n ->
        derived.add(Violation.of("votesNeeded", n, JsonMessages.f(JsonMessages.DERIVED_DIFFERS,
            "the majority and its base", c.votesNeeded()))));
    if (!derived.isEmpty()) {
      throw new InvalidValueException("VoteCount", derived);
    }
    return c;
  }
}
