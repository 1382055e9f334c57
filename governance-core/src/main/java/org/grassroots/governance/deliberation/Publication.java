package org.grassroots.governance.deliberation;

import java.time.LocalDate;
import java.util.Optional;
import org.grassroots.governance.validation.Violations;
import org.immutables.value.Value;

/**
 * One of the two publications (两公开): of the resolution (决议公开) or of the result of its
 * implementation (实施结果公开).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Publication p = Publication.of(Step.RESOLUTION_PUBLICATION, LocalDate.of(2024, 3, 20),
 *     "社区公开栏", "决议: 加装电梯");
 * }</pre>
 */
@Value.Immutable
public abstract class Publication extends MatterEvent {
  private static final long serialVersionUID = 1L;

  Publication() {}

  /** Which publication. */
  public abstract Step publicationStep();

  @Override
  public abstract LocalDate date();

  /** Where it was published (公开栏, 网站, 微信群 …). */
  public abstract String channel();

  /** What was published: the resolution, or the result of the implementation. */
  public abstract String summary();

  /** The last day of the publicity period (公示期), if there is one. */
  public abstract Optional<LocalDate> until();

  @Override
  public Optional<Step> step() {
    return Optional.of(publicationStep());
  }

  /**
   * A publication.
   *
   * @param step {@link Step#RESOLUTION_PUBLICATION} or {@link Step#IMPLEMENTATION_PUBLICATION}
   * @param date the date
   * @param channel where, non-blank
   * @param summary what, non-blank
   * @return the publication
   * @throws org.grassroots.governance.validation.InvalidValueException if an invariant fails
   */
  public static Publication of(Step step, LocalDate date, String channel, String summary) {
    return builder().publicationStep(step).date(date).channel(channel).summary(summary).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Publication}. */
  public static final class Builder extends ImmutablePublication.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Violations v = Violations.of("Publication")
        .require("publicationStep", publicationStep())
        .require("date", date())
        .require("channel", channel())
        .require("summary", summary());
    if (publicationStep() != null) {
      v.check(!publicationStep().isMeeting(), "publicationStep", publicationStep(),
          Messages.f(Messages.NOT_A_PUBLICATION_STEP, publicationStep()));
    }
    if (channel() != null) {
      v.check(!channel().isBlank(), "channel", channel(), Messages.BLANK);
    }
    if (summary() != null) {
      v.check(!summary().isBlank(), "summary", summary(), Messages.BLANK);
    }
    if (date() != null) {
      until().ifPresent(u -> v.check(!u.isBefore(date()), "until", u, Messages.f(Messages.PUBLICITY_ENDS, date())));
    }
    v.throwIfAny();
  }
}
