package org.grassroots.governance.evaluation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import org.grassroots.governance.validation.InvalidValueException;
import org.grassroots.governance.validation.Violation;
import org.grassroots.governance.validation.Violations;
import org.immutables.value.Value;

/**
 * An indicator system (考核指标体系): section weights and the indicators of each section, each
 * indicator weighted within its section. Scores are out of {@value #FULL_POINTS} points; an
 * indicator is worth {@code 100 × section weight × indicator weight}.
 *
 * <p>Invariants: the section weights sum to 1, the indicator weights of each section sum to 1
 * (both within {@value #TOLERANCE}), every weighted section has an indicator and every indicator's
 * section a weight, indicator ids are unique. {@link #normalising} and the {@code with*} edits
 * rescale the weights so the result always holds them.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * IndicatorSystem mine = DefaultIndicatorSystems.communityStandard()
 *     .withSectionWeight(Section.SERVICE, 0.4)            // the others rescale to 0.6
 *     .withoutIndicator(IndicatorId.of("management.emergencyDrills"))
 *     .withName("某区2024年社区考核");
 * }</pre>
 */
@Value.Immutable
public abstract class IndicatorSystem implements Serializable {
  private static final long serialVersionUID = 1L;
  /** The points of a perfect score. */
  public static final double FULL_POINTS = 100;
  /** How far a sum of weights may be from 1. */
  public static final double TOLERANCE = 1e-9;

  IndicatorSystem() {}

  /** The name, e.g. {@code 社区治理标准化考核}. */
  public abstract String name();

  /** The weight of each section, summing to 1, in section order. */
  public abstract Map<Section, Double> sectionWeights();

  /** The indicators, each weighted within its section. */
  public abstract List<Indicator> indicators();

  /**
   * A system from raw weights, rescaled so that the section weights sum to 1 and each section's
   * indicator weights sum to 1.
   *
   * @param name the name
   * @param sectionWeights positive raw weights of the sections that have indicators
   * @param indicators the indicators with positive raw weights
   * @return the normalised system
   * @throws InvalidValueException if a weight is not positive, a section lacks a weight or an
   *     indicator, or an id repeats
   */
  public static IndicatorSystem normalising(
      String name, Map<Section, Double> sectionWeights, List<Indicator> indicators) {
    requireNonNull(sectionWeights, "sectionWeights");
    requireNonNull(indicators, "indicators");
    Violations v = Violations.of("IndicatorSystem");
    double sectionSum = 0;
    for (Map.Entry<Section, Double> e : sectionWeights.entrySet()) {
      double w = e.getValue();
      v.check(Double.isFinite(w) && w > 0, "sectionWeights." + e.getKey(), w, Messages.POSITIVE_WEIGHT);
      sectionSum += w;
    }
    Map<Section, Double> indicatorSums = new EnumMap<>(Section.class);
    for (Indicator i : indicators) {
      indicatorSums.merge(i.section(), i.weight(), Double::sum);
    }
    v.throwIfAny();
    Map<Section, Double> sections = new EnumMap<>(Section.class);
    for (Map.Entry<Section, Double> e : sectionWeights.entrySet()) {
      sections.put(e.getKey(), e.getValue() / sectionSum);
    }
    List<Indicator> scaled = new ArrayList<>(indicators.size());
    for (Indicator i : indicators) {
      Double sum = indicatorSums.get(i.section());
      scaled.add(sum == null ? i : i.withWeight(i.weight() / sum));
    }
    return builder().name(name).sectionWeights(sections).indicators(scaled).build();
  }

  /**
   * A builder; the weights given to it must already be normalised.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link IndicatorSystem}. */
  public static final class Builder extends ImmutableIndicatorSystem.Builder {
    Builder() {}
  }

  /**
   * This system under another name.
   *
   * @param name the name
   * @return the renamed system
   */
  public IndicatorSystem withName(String name) {
    return ImmutableIndicatorSystem.copyOf(this).withName(name);
  }

  /**
   * This system with the indicator added, or replacing the one with the same id; the weights of
   * its section are rescaled to sum to 1 (the others keep their proportions).
   *
   * @param indicator the indicator; its section must have a weight
   * @return the edited system
   * @throws InvalidValueException if the indicator's section has no weight
   */
  public IndicatorSystem withIndicator(Indicator indicator) {
    requireNonNull(indicator, "indicator");
    List<Indicator> list = new ArrayList<>(indicators().size() + 1);
    boolean replaced = false;
    for (Indicator i : indicators()) {
      if (i.id().equals(indicator.id())) {
        list.add(indicator);
        replaced = true;
      } else {
        list.add(i);
      }
    }
    if (!replaced) {
      list.add(indicator);
    }
    return normalising(name(), sectionWeights(), list);
  }

  /**
   * This system without the indicator; its section's remaining weights are rescaled, and a
   * section left empty is dropped (the other sections rescale).
   *
   * @param id the indicator to remove
   * @return the edited system
   * @throws InvalidValueException if there is no such indicator, or it is the last one
   */
  public IndicatorSystem withoutIndicator(IndicatorId id) {
    Indicator removed = indicator(id).orElseThrow(() -> new InvalidValueException("IndicatorSystem",
        List.of(Violation.of("indicators", id, Messages.f(Messages.UNKNOWN_INDICATOR, id, name())))));
    List<Indicator> list = new ArrayList<>(indicators());
    list.remove(removed);
    Map<Section, Double> sections = new LinkedHashMap<>(sectionWeights());
    if (list.stream().noneMatch(i -> i.section() == removed.section())) {
      sections.remove(removed.section());
    }
    return normalising(name(), sections, list);
  }

  /**
   * This system with a section's weight set to {@code weight} and the other sections rescaled to
   * share the rest in their proportions.
   *
   * @param section a section with indicators
   * @param weight the new weight, above 0 and below 1 (or exactly 1 if it is the only section)
   * @return the edited system
   * @throws InvalidValueException if the section has no indicator or the weight is out of range
   */
  public IndicatorSystem withSectionWeight(Section section, double weight) {
    requireNonNull(section, "section");
    Violations v = Violations.of("IndicatorSystem");
    boolean only = sectionWeights().size() == 1 && sectionWeights().containsKey(section);
    v.check(Double.isFinite(weight) && weight > 0 && (weight < 1 || (only && weight == 1)),
        "sectionWeights." + section, weight, Messages.POSITIVE_WEIGHT + " below 1");
    v.check(sectionWeights().containsKey(section), "sectionWeights." + section, section,
        Messages.f(Messages.SECTION_WITHOUT_INDICATORS, section));
    v.throwIfAny();
    if (only) {
      return this;
    }
    double others = 0;
    for (Map.Entry<Section, Double> e : sectionWeights().entrySet()) {
      if (e.getKey() != section) {
        others += e.getValue();
      }
    }
    Map<Section, Double> sections = new EnumMap<>(Section.class);
    for (Map.Entry<Section, Double> e : sectionWeights().entrySet()) {
      sections.put(e.getKey(), e.getKey() == section ? weight : e.getValue() / others * (1 - weight));
    }
    return normalising(name(), sections, indicators());
  }

  /**
   * The weight of a section.
   *
   * @param section the section
   * @return its weight, or 0 if the system does not weigh it
   */
  public double sectionWeight(Section section) {
    requireNonNull(section, "section");
    return sectionWeights().getOrDefault(section, 0.0);
  }

  /**
   * The indicator with the given id.
   *
   * @param id the id
   * @return the indicator, or empty
   */
  public Optional<Indicator> indicator(IndicatorId id) {
    requireNonNull(id, "id");
    return indicators().stream().filter(i -> i.id().equals(id)).findFirst();
  }

  /**
   * The indicators of a section, in system order.
   *
   * @param section the section
   * @return its indicators, possibly none
   */
  public ImmutableList<Indicator> indicatorsOf(Section section) {
    requireNonNull(section, "section");
    return indicators().stream().filter(i -> i.section() == section).collect(ImmutableList.toImmutableList());
  }

  /**
   * The points an indicator is worth: {@code 100 × section weight × indicator weight}.
   *
   * @param indicator an indicator of this system
   * @return its full points
   */
  public double pointsOf(Indicator indicator) {
    return FULL_POINTS * sectionWeight(indicator.section()) * indicator.weight();
  }

  /**
   * Scores one subject: each indicator earns {@code 100 × section weight × indicator weight ×
   * rule.fraction(measure)}, a missing measure earns nothing. O(indicators).
   *
   * @param measures the subject's value of each measure, empty where it is missing
   * @return the scorecard
   */
  public Scorecard score(Function<MeasureId, OptionalDouble> measures) {
    requireNonNull(measures, "measures");
    ImmutableList.Builder<IndicatorScore> items = ImmutableList.builderWithExpectedSize(indicators().size());
    for (Indicator i : indicators()) {
      OptionalDouble value = requireNonNull(measures.apply(i.measure()), "measures.apply");
      if (value.isPresent() && !Double.isFinite(value.getAsDouble())) {
        throw new InvalidValueException("Scorecard", List.of(Violation.of("measures." + i.measure(),
            value.getAsDouble(), Messages.FINITE)));
      }
      double fraction = value.isPresent() ? i.rule().fraction(value.getAsDouble()) : 0;
      items.add(IndicatorScore.of(i.id(), i.section(), value, fraction, pointsOf(i)));
    }
    return Scorecard.of(items.build());
  }

  /**
   * Scores one subject from a map of its measures; see {@link #score(Function)}.
   *
   * @param measures the subject's measured values; absent measures score nothing
   * @return the scorecard
   */
  public Scorecard score(Map<MeasureId, Double> measures) {
    requireNonNull(measures, "measures");
    return score(id -> {
      Double d = measures.get(id);
      return d == null ? OptionalDouble.empty() : OptionalDouble.of(d);
    });
  }

  @Value.Check
  void check() {
    Violations v = Violations.of("IndicatorSystem").require("name", name());
    if (name() != null) {
      v.check(!name().isBlank(), "name", name(), Messages.BLANK);
    }
    v.check(!indicators().isEmpty(), "indicators", "[]", Messages.NO_INDICATORS);
    double sum = 0;
    for (Map.Entry<Section, Double> e : sectionWeights().entrySet()) {
      double w = e.getValue();
      v.check(Double.isFinite(w) && w > 0, "sectionWeights." + e.getKey(), w, Messages.POSITIVE_WEIGHT);
      sum += w;
    }
    if (!sectionWeights().isEmpty()) {
      v.check(Math.abs(sum - 1) <= TOLERANCE, "sectionWeights", sum, Messages.f(Messages.SECTION_SUM, sum));
    }
    Map<Section, Double> sums = new EnumMap<>(Section.class);
    Set<IndicatorId> seen = new HashSet<>();
    for (int k = 0; k < indicators().size(); k++) {
      Indicator i = indicators().get(k);
      sums.merge(i.section(), i.weight(), Double::sum);
      v.check(seen.add(i.id()), "indicators[" + k + "].id", i.id(), Messages.f(Messages.DUPLICATE_INDICATOR, i.id()));
      v.check(sectionWeights().containsKey(i.section()), "indicators[" + k + "].section", i.section(),
          Messages.f(Messages.SECTION_WITHOUT_WEIGHT, i.section(), i.id()));
    }
    for (Section s : sectionWeights().keySet()) {
      Double total = sums.get(s);
      v.check(total != null, "sectionWeights." + s, s, Messages.f(Messages.SECTION_WITHOUT_INDICATORS, s));
      if (total != null) {
        v.check(Math.abs(total - 1) <= TOLERANCE, "indicators", total, Messages.f(Messages.INDICATOR_SUM, s, total));
      }
    }
    v.throwIfAny();
  }
}
