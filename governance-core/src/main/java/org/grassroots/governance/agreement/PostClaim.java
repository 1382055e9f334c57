package org.grassroots.governance.agreement;

import java.io.Serializable;
import java.time.LocalDate;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.PersonId;
import org.grassroots.governance.validation.Violations;
import org.immutables.value.Value;

/**
 * An in-service party member claiming a post in the community (认领岗位), e.g. "楼栋长" or
 * "文明劝导员". Immutable and thread-safe.
 *
 * <pre>{@code
 * PostClaim c = PostClaim.of(PersonId.of("P-101"), DivisionCode.parse("420204004005"),
 *     "政策宣讲员", LocalDate.of(2021, 2, 1));
 * }</pre>
 */
@Value.Immutable
public abstract class PostClaim implements Serializable {
  private static final long serialVersionUID = 1L;

  PostClaim() {}

  /**
   * Who claims.
   *
   * @return the person
   */
  @Value.Parameter
  public abstract PersonId person();

  /**
   * In which community.
   *
   * @return the community's code
   */
  @Value.Parameter
  public abstract DivisionCode community();

  /**
   * The post.
   *
   * @return its title
   */
  @Value.Parameter
  public abstract String post();

  /**
   * The day of claiming.
   *
   * @return the date
   */
  @Value.Parameter
  public abstract LocalDate date();

  /**
   * A claim.
   *
   * @param person who
   * @param community where
   * @param post which post
   * @param date when
   * @return the claim
   */
  public static PostClaim of(PersonId person, DivisionCode community, String post,
      LocalDate date) {
    return ImmutablePostClaim.of(person, community, post, date);
  }

  @Value.Check
  void check() {
    Violations v = Violations.of("PostClaim").require("person", person())
        .require("community", community()).require("post", post()).require("date", date());
    if (!v.isEmpty()) {
      v.throwIfAny();
    }
    v.check(!post().isBlank(), "post", post(), Messages.BLANK).throwIfAny();
  }
}
