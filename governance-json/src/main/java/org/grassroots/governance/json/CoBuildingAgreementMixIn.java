package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.grassroots.governance.agreement.AgreementVersion;
import org.grassroots.governance.agreement.CoBuildingAgreement;
import org.grassroots.governance.id.AgreementId;

/**
 * Binds {@link CoBuildingAgreement} through its public factory {@link CoBuildingAgreement#of}:
 * the id and the whole version history, checked as a history on read.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"id", "versions"})
@JsonSerialize(as = CoBuildingAgreement.class)
abstract class CoBuildingAgreementMixIn {
  private CoBuildingAgreementMixIn() {}

  @JsonCreator
  static CoBuildingAgreement of(
      @JsonProperty(value = "id", required = true) AgreementId id,
      @JsonProperty(value = "versions", required = true) List<AgreementVersion> versions) {
    throw new AssertionError("a mix-in is never called");
  }

  @JsonProperty("id")
  abstract AgreementId id();

  @JsonProperty("versions")
  abstract List<AgreementVersion> versions();
}
