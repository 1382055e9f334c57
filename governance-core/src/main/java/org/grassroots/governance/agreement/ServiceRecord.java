package org.grassroots.governance.agreement;

import static org.grassroots.governance.agreement.Messages.f;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.PersonId;
import org.grassroots.governance.validation.Violations;
import org.immutables.value.Value;

/**
 * Hours of service an in-service party member gave in a community on a day (服务时长记录): more
 * than 0 and at most 24. Immutable and thread-safe.
 *
 * <pre>{@code
 * ServiceRecord s = ServiceRecord.of(PersonId.of("P-101"), DivisionCode.parse("420204004005"),
 *     LocalDate.of(2021, 3, 6), new BigDecimal("2.5"));
 * }</pre>
 */
@Value.Immutable
public abstract class ServiceRecord implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final BigDecimal DAY = BigDecimal.valueOf(24);

  ServiceRecord() {}

  /**
   * Who served.
   *
   * @return the person
   */
  public abstract PersonId person();

  /**
   * Where.
   *
   * @return the community's code
   */
  public abstract DivisionCode community();

  /**
   * When.
   *
   * @return the day
   */
  public abstract LocalDate date();

  /**
   * How long.
   *
   * @return hours, more than 0 and at most 24
   */
  public abstract BigDecimal hours();

  /**
   * The post served in, if claimed.
   *
   * @return the post's title, or empty
   */
  public abstract Optional<String> post();

  /**
   * A record.
   *
   * @param person who
   * @param community where
   * @param date when
   * @param hours how long
   * @return the record
   */
  public static ServiceRecord of(PersonId person, DivisionCode community, LocalDate date,
      BigDecimal hours) {
    return ImmutableServiceRecord.builder().person(person).community(community).date(date)
        .hours(hours).build();
  }

  /**
   * A copy in a post.
   *
   * @param post the post's title
   * @return the copy
   */
  public ServiceRecord withPost(String post) {
    return ImmutableServiceRecord.copyOf(this).withPost(post);
  }

  @Value.Check
  void check() {
    Violations v = Violations.of("ServiceRecord").require("person", person())
        .require("community", community()).require("date", date()).require("hours", hours());
    if (!v.isEmpty()) {
      v.throwIfAny();
    }
    v.check(hours().signum() > 0 && hours().compareTo(DAY) <= 0, "hours",
        hours().toPlainString(), f(Messages.HOURS, hours().toPlainString()));
    if (post().isPresent()) {
      v.check(!post().get().isBlank(), "post", post().get(), Messages.BLANK);
    }
    v.throwIfAny();
  }
}
