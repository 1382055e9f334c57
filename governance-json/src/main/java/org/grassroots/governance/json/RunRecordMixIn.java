package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.grassroots.governance.matching.MatchingMetrics;
import org.grassroots.governance.simulation.RunRecord;

/**
 * Writes {@link RunRecord} (scenario, run, seed, policy, algorithm, sizes, the matching metrics,
 * the wall time). Reading waits for {@code MatchingMetrics} to be readable (it is derived data of
 * a matching result today); {@link RunRecord#of} is the factory a reader will use.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"scenario", "run", "seed", "policy", "algorithm", "demands", "resources",
    "metrics", "wallNanos"})
@JsonSerialize(as = RunRecord.class)
abstract class RunRecordMixIn {
  private RunRecordMixIn() {}

  @JsonProperty("scenario")
  abstract String scenario();

  @JsonProperty("run")
  abstract int run();

  @JsonProperty("seed")
  abstract long seed();

  @JsonProperty("policy")
  abstract String policy();

  @JsonProperty("algorithm")
  abstract String algorithm();

  @JsonProperty("demands")
  abstract int demands();

  @JsonProperty("resources")
  abstract int resources();

  @JsonProperty("metrics")
  abstract MatchingMetrics metrics();

  @JsonProperty("wallNanos")
  abstract long wallNanos();
}
