package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.grassroots.governance.agreement.PostClaim;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.PersonId;

/**
 * Binds {@link PostClaim} to its public factory {@link PostClaim#of}. Schema: {@code
 * dual-reporting.schema.json}.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"person", "community", "post", "date"})
@JsonSerialize(as = PostClaim.class)
abstract class PostClaimMixIn {
  private PostClaimMixIn() {}

  @JsonCreator
  static PostClaim of(
      @JsonProperty(value = "person", required = true) PersonId person,
      @JsonProperty(value = "community", required = true) DivisionCode community,
      @JsonProperty(value = "post", required = true) String post,
      @JsonProperty(value = "date", required = true) LocalDate date) {
    throw new AssertionError("a mix-in is never called");
  }

  @JsonProperty("person")
  abstract PersonId person();

  @JsonProperty("community")
  abstract DivisionCode community();

  @JsonProperty("post")
  abstract String post();

  @JsonProperty("date")
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  abstract LocalDate date();
}
