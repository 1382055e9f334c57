package org.grassroots.governance.deliberation;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The six steps of "four deliberations, two publications" (四议两公开), in their required order.
 *
 * <pre>{@code
 * Step.REVIEW.body();      // Optional[PARTY_MEMBERS_MEETING]
 * Step.REVIEW.previous();  // Optional[DISCUSSION]
 * Step.RESOLUTION_PUBLICATION.isMeeting(); // false
 * }</pre>
 */
public enum Step {
  /** The party branch proposes (提议). */
  PROPOSAL("提议", BodyKind.PARTY_BRANCH),
  /** The two committees discuss (商议). */
  DISCUSSION("商议", BodyKind.TWO_COMMITTEES),
  /** The party members' meeting reviews (审议). */
  REVIEW("审议", BodyKind.PARTY_MEMBERS_MEETING),
  /** The residents' representatives' meeting resolves (决议). */
  RESOLUTION("决议", BodyKind.RESIDENTS_REPRESENTATIVES_MEETING),
  /** The resolution is published (决议公开). */
  RESOLUTION_PUBLICATION("决议公开", null),
  /** The result of the implementation is published (实施结果公开). */
  IMPLEMENTATION_PUBLICATION("实施结果公开", null);

  private static final Step[] ALL = values();

  private final String chinese;
  private final @Nullable BodyKind body;

  Step(String chinese, @Nullable BodyKind body) {
    this.chinese = chinese;
    this.body = body;
  }

  /**
   * The Chinese name.
   *
   * @return e.g. {@code 审议}
   */
  public String chinese() {
    return chinese;
  }

  /**
   * The body that holds this step, for the four deliberations.
   *
   * @return the body, or empty for the two publications
   */
  public Optional<BodyKind> body() {
    return Optional.ofNullable(body);
  }

  /**
   * Whether this step is a meeting that votes (the four deliberations) rather than a publication.
   *
   * @return {@code true} for {@link #PROPOSAL} to {@link #RESOLUTION}
   */
  public boolean isMeeting() {
    return body != null;
  }

  /**
   * The step that must come just before this one.
   *
   * @return the previous step, or empty for {@link #PROPOSAL}
   */
  public Optional<Step> previous() {
    return ordinal() == 0 ? Optional.empty() : Optional.of(ALL[ordinal() - 1]);
  }

  /**
   * The step that comes just after this one.
   *
   * @return the next step, or empty for {@link #IMPLEMENTATION_PUBLICATION}
   */
  public Optional<Step> next() {
    return ordinal() == ALL.length - 1 ? Optional.empty() : Optional.of(ALL[ordinal() + 1]);
  }

  /** Returns e.g. {@code REVIEW (审议)}. */
  @Override
  public String toString() {
    return name() + " (" + chinese + ")";
  }
}
