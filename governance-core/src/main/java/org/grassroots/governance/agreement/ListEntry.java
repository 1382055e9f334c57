package org.grassroots.governance.agreement;

import static org.grassroots.governance.agreement.Messages.f;

import java.io.Serializable;
import java.util.Optional;
import org.grassroots.governance.id.DemandId;
import org.grassroots.governance.id.OrganizationId;
import org.grassroots.governance.id.ProjectId;
import org.grassroots.governance.id.ResourceId;
import org.grassroots.governance.validation.Violations;
import org.immutables.value.Value;

/**
 * One entry of an agreement's lists (一书三单): a problem, resource, demand or project, who raised
 * it and, where it exists elsewhere, its id (a demand id only on a demand entry, and so on).
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * ListEntry e = ListEntry.of(ListKind.DEMAND, "社区需要财务审计培训")
 *     .withRaisedBy(OrganizationId.of("CBZ-PC"));
 * }</pre>
 */
@Value.Immutable
public abstract class ListEntry implements Serializable {
  private static final long serialVersionUID = 1L;

  ListEntry() {}

  /**
   * Which list.
   *
   * @return the kind
   */
  public abstract ListKind kind();

  /**
   * What the entry says.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * The party that raised it (for two-way demand lists, either side).
   *
   * @return its id, or empty
   */
  public abstract Optional<OrganizationId> raisedBy();

  /**
   * The demand, for a demand entry.
   *
   * @return the id, or empty
   */
  public abstract Optional<DemandId> demand();

  /**
   * The resource, for a resource entry.
   *
   * @return the id, or empty
   */
  public abstract Optional<ResourceId> resource();

  /**
   * The project, for a project entry.
   *
   * @return the id, or empty
   */
  public abstract Optional<ProjectId> project();

  /**
   * An entry.
   *
   * @param kind the list
   * @param title the title
   * @return the entry
   */
  public static ListEntry of(ListKind kind, String title) {
    return builder().kind(kind).title(title).build();
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** The builder; {@link #build()} checks every invariant. */
  public static final class Builder extends ImmutableListEntry.Builder {
    Builder() {}
  }

  /**
   * A copy raised by the given party.
   *
   * @param party the party
   * @return the copy
   */
  public ListEntry withRaisedBy(OrganizationId party) {
    return ImmutableListEntry.copyOf(this).withRaisedBy(party);
  }

  /**
   * A copy referencing a demand.
   *
   * @param demand the demand
   * @return the copy
   */
  public ListEntry withDemand(DemandId demand) {
    return ImmutableListEntry.copyOf(this).withDemand(demand);
  }

  /**
   * A copy referencing a resource.
   *
   * @param resource the resource
   * @return the copy
   */
  public ListEntry withResource(ResourceId resource) {
    return ImmutableListEntry.copyOf(this).withResource(resource);
  }

  /**
   * A copy referencing a project.
   *
   * @param project the project
   * @return the copy
   */
  public ListEntry withProject(ProjectId project) {
    return ImmutableListEntry.copyOf(this).withProject(project);
  }

  @Value.Check
  void check() {
    Violations v = Violations.of("ListEntry").require("kind", kind()).require("title", title());
    if (!v.isEmpty()) {
      v.throwIfAny();
    }
    v.check(!title().isBlank(), "title", title(), Messages.BLANK);
    if (demand().isPresent()) {
      v.check(kind() == ListKind.DEMAND, "demand", demand().get(),
          f(Messages.LIST_REFERENCE, kind(), "demand"));
    }
    if (resource().isPresent()) {
      v.check(kind() == ListKind.RESOURCE, "resource", resource().get(),
          f(Messages.LIST_REFERENCE, kind(), "resource"));
    }
    if (project().isPresent()) {
      v.check(kind() == ListKind.PROJECT, "project", project().get(),
          f(Messages.LIST_REFERENCE, kind(), "project"));
    }
    v.throwIfAny();
  }
}
