package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.grassroots.governance.matching.MatchingMetrics;
import org.grassroots.governance.simulation.RunRecord;

/**
 * Binds {@link RunRecord} to its public factory {@link RunRecord#of}: scenario, run, seed,
 * policy, algorithm, sizes, the matching metrics (read through {@link MatchingMetricsForm}), the
 * wall time. Schema: {@code simulation-runs.schema.json}.
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

  @JsonCreator
  static RunRecord of(
      @JsonProperty(value = "scenario", required = true) String scenario,
      @JsonProperty(value = "run", required = true) int run,
      @JsonProperty(value = "seed", required = true) long seed,
      @JsonProperty(value = "policy", required = true) String policy,
      @JsonProperty(value = "algorithm", required = true) String algorithm,
      @JsonProperty(value = "demands", required = true) int demands,
      @JsonProperty(value = "resources", required = true) int resources,
      @JsonProperty(value = "metrics", required = true) MatchingMetrics metrics,
      @JsonProperty(value = "wallNanos", required = true) long wallNanos) {
    throw new AssertionError("a mix-in is never called");
  }

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
