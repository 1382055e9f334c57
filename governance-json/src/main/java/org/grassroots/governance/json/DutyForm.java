package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.grassroots.governance.id.OrganizationId;
import org.grassroots.governance.structure.Duty;
import org.grassroots.governance.structure.DutyId;
import org.grassroots.governance.structure.DutyKind;
import org.grassroots.governance.validation.Violations;
import org.jspecify.annotations.Nullable;

/**
 * The JSON properties of a {@link Duty}, built through {@link Duty#builder()} (see {@link
 * FormDeserializer}). {@code cooperating} is a set written as an array: a repeated id is refused
 * (at {@code cooperating/<index>}) rather than silently merged.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
record DutyForm(
    @JsonProperty(value = "id", required = true) @Nullable DutyId id,
    @JsonProperty(value = "title", required = true) @Nullable String title,
    @JsonProperty(value = "kind", required = true) @Nullable DutyKind kind,
    @JsonProperty(value = "lead", required = true) @Nullable OrganizationId lead,
    @JsonProperty("cooperating") Optional<List<OrganizationId>> cooperating) {

  @JsonCreator
  DutyForm {}

  Duty toValue() {
    List<OrganizationId> co = Forms.elements("Duty", "cooperating", cooperating).orElse(List.of());
    Violations v = Violations.of("Duty");
    Set<OrganizationId> seen = new HashSet<>();
    for (int i = 0; i < co.size(); i++) {
      v.check(seen.add(co.get(i)), "cooperating[" + i + "]", co.get(i), JsonMessages.REPEATED);
    }
    v.throwIfAny();
    Duty.Builder b = Duty.builder();
    if (id != null) {
      b.id(id);
    }
    if (title != null) {
      b.title(title);
    }
    if (kind != null) {
      b.kind(kind);
    }
    if (lead != null) {
      b.lead(lead);
    }
    return b.cooperating(co).build();
  }
}
