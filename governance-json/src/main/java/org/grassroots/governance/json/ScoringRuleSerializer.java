package org.grassroots.governance.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.grassroots.governance.evaluation.Band;
import org.grassroots.governance.evaluation.ScoringRule;

/**
 * Writes a {@link ScoringRule} with its {@code type} first ({@code LINEAR} with {@code floor} and
 * {@code target}, {@code AT_LEAST} or {@code AT_MOST} with {@code target}, {@code BANDED} with
 * {@code bands}), through {@link ScoringRule#match}; read through {@link ScoringRuleForm}.
 * Schema: {@code indicator-system.schema.json}.
 */
final class ScoringRuleSerializer extends StdSerializer<ScoringRule> {
  private static final long serialVersionUID = 1L;

  ScoringRuleSerializer() {
    super(ScoringRule.class);
  }

  @Override
  public void serialize(ScoringRule rule, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeStartObject(rule);
    try {
      rule.match(new ScoringRule.Cases<Void>() {
        @Override
        public Void linear(double floor, double target) {
          write(() -> {
            gen.writeStringField("type", ScoringRuleForm.Type.LINEAR.name());
            gen.writeNumberField("floor", floor);
            gen.writeNumberField("target", target);
          });
          return null;
        }

        @Override
        public Void atLeast(double target) {
          write(() -> {
            gen.writeStringField("type", ScoringRuleForm.Type.AT_LEAST.name());
            gen.writeNumberField("target", target);
          });
          return null;
        }

        @Override
        public Void atMost(double target) {
          write(() -> {
            gen.writeStringField("type", ScoringRuleForm.Type.AT_MOST.name());
            gen.writeNumberField("target", target);
          });
          return null;
        }

        @Override
        public Void banded(List<Band> bands) {
          write(() -> {
            gen.writeStringField("type", ScoringRuleForm.Type.BANDED.name());
            provider.defaultSerializeField("bands", bands, gen);
          });
          return null;
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    gen.writeEndObject();
  }

  /** Writing that may fail with an {@link IOException}. */
  @FunctionalInterface
  private interface Write {
    void run() throws IOException;
  }

  private static void write(Write w) {
    try {
      w.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
