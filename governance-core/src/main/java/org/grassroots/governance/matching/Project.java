package org.grassroots.governance.matching;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.grassroots.governance.id.DemandId;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.ProjectId;
import org.grassroots.governance.id.ResourceId;
import org.grassroots.governance.validation.Violations;
import org.immutables.value.Value;

/**
 * A public-service project (民生项目): demands grouped by deliberation (议事会) into one project
 * and funded by resources.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Project p = Project.builder().id(ProjectId.of("PRJ-1")).title("Elevator for building 3")
 *     .addDemands(DemandId.of("D-1"), DemandId.of("D-2")).addFundedBy(ResourceId.of("R-9")).build();
 * }</pre>
 */
@Value.Immutable
public abstract class Project implements Serializable {
  private static final long serialVersionUID = 1L;

  Project() {}

  /** The project's id. */
  public abstract ProjectId id();

  /** Its title. */
  public abstract String title();

  /** The demands it groups; at least one. */
  public abstract List<DemandId> demands();

  /** The resources that fund it. */
  public abstract List<ResourceId> fundedBy();

  /** The community that decided it, if any. */
  public abstract Optional<DivisionCode> community();

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Project}. */
  public static final class Builder extends ImmutableProject.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Violations v = Violations.of("Project").require("id", id()).require("title", title());
    if (title() != null) {
      v.check(!title().isBlank(), "title", title(), Messages.NOT_BLANK);
    }
    v.check(!demands().isEmpty(), "demands", demands(), Messages.NOT_EMPTY).throwIfAny();
  }
}
