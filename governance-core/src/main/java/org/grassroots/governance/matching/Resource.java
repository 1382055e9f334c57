package org.grassroots.governance.matching;

import static org.grassroots.governance.matching.Messages.f;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.id.ResourceId;
import org.grassroots.governance.validation.Violations;
import org.immutables.value.Value;

/**
 * A resource (资源): what a provider offers, how much, where it sits, which area it serves and
 * when it is available; for co-building partners (结对共建), the paired community.
 *
 * <p>Capacity is counted in the units of the demands it serves; zero is allowed (a resource
 * listed but used up). Immutable and thread-safe.
 *
 * <pre>{@code
 * Resource r = Resource.builder()
 *     .id(ResourceId.of("R-1"))
 *     .provider(Provider.person(ProviderKind.PARTY_MEMBER, PersonId.of("P-1")))
 *     .addCategories(ServiceCategory.ELDER_CARE)
 *     .capacity(10)
 *     .location(NodeCode.parse("1101010010010001"))
 *     .serviceArea(ServiceArea.within(MeetingLevel.COMMUNITY))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Resource implements Serializable {
  private static final long serialVersionUID = 1L;
  /** The largest capacity of one resource. */
  public static final int MAX_CAPACITY = 100_000_000;

  Resource() {}

  /** The resource's id. */
  public abstract ResourceId id();

  /** Who provides it. */
  public abstract Provider provider();

  /** The categories it serves; at least one. */
  public abstract Set<ServiceCategory> categories();

  /** Its skills. */
  public abstract Set<String> skills();

  /** How many units it can serve in total. */
  public abstract int capacity();

  /** Where it sits. */
  public abstract NodeCode location();

  /** The area it serves. */
  public abstract ServiceArea serviceArea();

  /** When it is available; empty means always. */
  public abstract List<TimeWindow> availability();

  /** The community a co-building partner is paired with (结对社区), if any. */
  public abstract Optional<DivisionCode> pairedCommunity();

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A copy with another capacity.
   *
   * @param capacity the new capacity
   * @return the copy
   */
  public Resource withCapacity(int capacity) {
    return ImmutableResource.copyOf(this).withCapacity(capacity);
  }

  /** Builds a {@link Resource}. */
  public static final class Builder extends ImmutableResource.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Violations v =
        Violations.of("Resource")
            .require("id", id())
            .require("provider", provider())
            .require("location", location())
            .require("serviceArea", serviceArea())
            .check(!categories().isEmpty(), "categories", categories(), Messages.NOT_EMPTY)
            .check(capacity() >= 0, "capacity", capacity(), Messages.NOT_NEGATIVE)
            .check(
                capacity() <= MAX_CAPACITY,
                "capacity",
                capacity(),
                f(Messages.AT_MOST, MAX_CAPACITY));
    for (String s : skills()) {
      v.check(!s.isBlank(), "skills", s, Messages.NOT_BLANK);
    }
    v.throwIfAny();
  }
}
