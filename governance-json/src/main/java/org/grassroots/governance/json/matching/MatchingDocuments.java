package org.grassroots.governance.json.matching;

import org.grassroots.governance.json.DocumentKind;
import org.grassroots.governance.json.ListKind;
import org.grassroots.governance.matching.Demand;
import org.grassroots.governance.matching.MatchingProblem;
import org.grassroots.governance.matching.Resource;

/**
 * The document kinds of demand–resource matching (供需对接): lists of demands (需求清单) and of
 * resources (资源清单), both streamable with {@code ListWriter}/{@code ListReader}, and a whole
 * matching problem (demands, resources, policy). Reading goes through the public builders, so
 * every check runs; a refusal names the JSON pointer, e.g. {@code /data/3/quantity}.
 *
 * <pre>{@code
 * try (ListWriter<Demand> w = json.listWriter(out, MatchingDocuments.DEMANDS, now)) {
 *   for (Demand d : demands) w.write(d);
 * }
 * MatchingProblem p = json.read(bytes, MatchingDocuments.PROBLEM).data();
 * }</pre>
 */
public final class MatchingDocuments {
  /** The list kind {@code demand-list}; schema {@code demand-list.schema.json}. */
  public static final ListKind<Demand> DEMANDS = DocumentKind.listOf("demand-list", Demand.class);

  /** The list kind {@code resource-list}; schema {@code resource-list.schema.json}. */
  public static final ListKind<Resource> RESOURCES =
      DocumentKind.listOf("resource-list", Resource.class);

  /** The document kind {@code matching-problem}; schema {@code matching-problem.schema.json}. */
  public static final DocumentKind<MatchingProblem> PROBLEM =
      DocumentKind.of("matching-problem", MatchingProblem.class);

  /**
   * The document kind {@code matching-result}; schema {@code matching-result.schema.json}: the
   * algorithm's name, the problem, the allocations, and the unmatched demands and metrics (derived
   * data, recomputed and compared on read).
   */
  public static final DocumentKind<SolvedProblem> RESULT =
      DocumentKind.of("matching-result", SolvedProblem.class);

  private MatchingDocuments() {}
}
