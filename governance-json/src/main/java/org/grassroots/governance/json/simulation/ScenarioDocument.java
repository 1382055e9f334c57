package org.grassroots.governance.json.simulation;

import org.grassroots.governance.json.DocumentKind;
import org.grassroots.governance.simulation.Scenario;

/**
 * The document kind {@code scenario} (仿真情景): {@code data} is one {@link Scenario}, its name,
 * seed and every {@link org.grassroots.governance.simulation.ScenarioParameters parameter}, so a
 * run can be shared and reproduced: the same document gives the same district, demands,
 * resources and results on any machine. Reading goes through the public factories and builder,
 * so every range check runs (a refusal names the pointer, e.g. {@code
 * /data/parameters/categoryShares}); absent parameters take their documented defaults, and the
 * writer writes them all.
 *
 * <pre>{@code
 * byte[] doc = json.toBytes(Envelope.of(ScenarioDocument.KIND, OffsetDateTime.now(),
 *     Scenario.of("baseline", ScenarioParameters.defaults(), 42L)));
 * Scenario s = json.read(doc, ScenarioDocument.KIND).data();
 * }</pre>
 */
public final class ScenarioDocument {
  /** The document kind {@code scenario}; schema {@code scenario.schema.json}. */
  public static final DocumentKind<Scenario> KIND = DocumentKind.of("scenario", Scenario.class);

  private ScenarioDocument() {}
}
