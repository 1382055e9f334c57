package org.grassroots.governance.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.grassroots.governance.structure.PolicyRule;

/**
 * Writes a {@link PolicyRule} by its kind and parameters, never by a Java class name: {@code
 * type} ({@code MINIMUM_HOLDERS}, {@code PARTY_BRANCH_ON_EVERY_GRID}, {@code DUTIES_LED_BY},
 * {@code EVERY_PART_TIME_MEMBER_CHAIRS}), {@code name}, then that kind's parameters. A rule that
 * is not made by the {@link PolicyRule} factories (a region's own implementation) has no place in
 * the format and fails the write with a {@link JsonMappingException} naming it. Read by {@link
 * PolicyRuleForm}.
 */
final class PolicyRuleSerializer extends StdSerializer<PolicyRule> {
  private static final long serialVersionUID = 1L;

  PolicyRuleSerializer() {
    super(PolicyRule.class);
  }

  @Override
  public void serialize(PolicyRule rule, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    PolicyRuleForm.Type type = PolicyRuleForm.Type.of(rule);
    if (type == null) {
      throw JsonMappingException.from(gen, JsonMessages.f(JsonMessages.CUSTOM_RULE, rule.name()));
    }
    gen.writeStartObject(rule);
    gen.writeStringField("type", type.name());
    gen.writeStringField("name", rule.name());
    if (rule instanceof PolicyRule.MinimumHolders) {
      PolicyRule.MinimumHolders m = (PolicyRule.MinimumHolders) rule;
      gen.writeStringField("role", m.role().name());
      gen.writeNumberField("minimum", m.minimum());
      gen.writeBooleanField("fullTimeOnly", m.fullTimeOnly());
    } else if (rule instanceof PolicyRule.DutiesLedBy) {
      PolicyRule.DutiesLedBy d = (PolicyRule.DutiesLedBy) rule;
      gen.writeStringField("duty", d.duty().name());
      gen.writeStringField("leadKind", d.leadKind().name());
    }
    gen.writeEndObject();
  }
}
