package org.grassroots.governance.examples.spark;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.factories.SerializerFactory;
import com.esotericsoftware.kryo.serializers.FieldSerializer;
import com.esotericsoftware.kryo.serializers.JavaSerializer;
import com.google.common.collect.ImmutableCollection;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableMultimap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Maps;
import com.google.common.collect.Sets;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.TreeMap;
import org.apache.spark.serializer.KryoRegistrator;
import org.grassroots.governance.grid.GridHierarchy;
import org.grassroots.governance.id.BuildingCode;
import org.grassroots.governance.id.CitizenIdNumber;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.GridCode;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.id.OrganizationCode;
import org.grassroots.governance.id.TypedId;
import org.grassroots.governance.matching.Allocation;
import org.grassroots.governance.matching.Coverage;
import org.grassroots.governance.matching.Demand;
import org.grassroots.governance.matching.LocalityModel;
import org.grassroots.governance.matching.MatchingAlgorithm;
import org.grassroots.governance.matching.MatchingMetrics;
import org.grassroots.governance.matching.MatchingPolicy;
import org.grassroots.governance.matching.MatchingProblem;
import org.grassroots.governance.matching.OptimalityGap;
import org.grassroots.governance.matching.Project;
import org.grassroots.governance.matching.Provider;
import org.grassroots.governance.matching.Resource;
import org.grassroots.governance.matching.ServiceArea;
import org.grassroots.governance.matching.ServiceCategory;
import org.grassroots.governance.matching.TimeWindow;
import org.grassroots.governance.matching.Unmatched;
import org.grassroots.governance.simulation.IntRange;
import org.grassroots.governance.simulation.RunRecord;
import org.grassroots.governance.simulation.Scenario;
import org.grassroots.governance.simulation.ScenarioParameters;
import org.grassroots.governance.simulation.Statistics;
import org.grassroots.governance.validation.Violation;

/**
 * Makes the library's values safe under Spark's Kryo serializer (Kryo 注册器). Kryo's default
 * field serializer fails on them: it instantiates Immutables classes without their builders (so
 * no invariant is checked) and rebuilds Guava immutable collections by calling {@code add},
 * which they refuse. This registrator serialises them with Java serialisation inside Kryo
 * ({@link JavaSerializer}), which keeps every type's own serialised form and re-checks its
 * invariants on the way in:
 *
 * <ul>
 *   <li>the value types a research run moves (matching, simulation, identifiers, the grid
 *       hierarchy, violations) and their generated subclasses, registered by name;
 *   <li>every Guava immutable collection and map;
 *   <li>any other {@link Serializable} type of {@code org.grassroots.governance} (agreements,
 *       structure, evaluation, deliberation), through the default-serializer fallback;
 *   <li>the job's own internal records, with Kryo's field serializer.
 * </ul>
 *
 * <p>Turn it on with:
 *
 * <pre>{@code
 * spark-submit --conf spark.serializer=org.apache.spark.serializer.KryoSerializer \
 *   --conf spark.kryo.registrator=org.grassroots.governance.examples.spark.GovernanceKryoRegistrator ...
 * }</pre>
 */
public final class GovernanceKryoRegistrator implements KryoRegistrator {
  private static final String OURS = "org.grassroots.governance.";
  private static final String JOB = GovernanceKryoRegistrator.class.getPackageName() + ".";

  /** The value types a research run moves; their subclasses are covered too. */
  static final List<Class<?>> VALUE_TYPES = List.of(
      Demand.class, Resource.class, Provider.class, ServiceArea.class, TimeWindow.class,
      MatchingProblem.class, MatchingPolicy.class, LocalityModel.class, Allocation.class,
      Unmatched.class, Coverage.class, MatchingMetrics.class, MatchingAlgorithm.Result.class,
      OptimalityGap.class, Project.class,
      Scenario.class, ScenarioParameters.class, IntRange.class, RunRecord.class, Statistics.class,
      DivisionCode.class, GridCode.class, BuildingCode.class, NodeCode.class, TypedId.class,
      OrganizationCode.class, CitizenIdNumber.class, GridHierarchy.class, Violation.class);

  /** Spark instantiates registrators by reflection. */
  public GovernanceKryoRegistrator() {}

  @Override
  public void registerClasses(Kryo kryo) {
    JavaSerializer java = new JavaSerializer();
    for (Class<?> type : VALUE_TYPES) {
      kryo.addDefaultSerializer(type, java);
    }
    kryo.addDefaultSerializer(ImmutableCollection.class, java);
    kryo.addDefaultSerializer(ImmutableMap.class, java);
    kryo.addDefaultSerializer(ImmutableMultimap.class, java);
    kryo.setDefaultSerializer(new Fallback(java));

    // concrete classes, so that spark.kryo.registrationRequired=true works and names are short
    for (Class<?> type : VALUE_TYPES) {
      kryo.register(type, java);
      String generated = type.getPackageName() + ".Immutable" + type.getSimpleName();
      try {
        kryo.register(Class.forName(generated, false, type.getClassLoader()), java);
      } catch (ClassNotFoundException e) {
        // a hand-written final class: registered above
      }
    }
    for (Object sample : guavaSamples()) {
      kryo.register(sample.getClass(), java);
    }
    for (String typedId : List.of("DemandId", "ResourceId", "PersonId", "OrganizationId",
        "AgreementId", "ProjectId")) {
      try {
        kryo.register(Class.forName(OURS + "id." + typedId), java);
      } catch (ClassNotFoundException e) {
        // an id type this version does not have
      }
    }
    kryo.register(RunKey.class);
    kryo.register(RunMetrics.class);
    kryo.register(PartialMetrics.class);
    kryo.register(Piece.class);
    kryo.register(RunSource.class);
    kryo.register(Piece.Kind.class);
    kryo.register(PieceSolver.UnitOutcome.class);
    kryo.register(SparkResearchJob.GroupKey.class);
    kryo.register(ArrayList.class);
    kryo.register(HashMap.class);
    kryo.register(TreeMap.class);
    kryo.register(long[].class);
    kryo.register(long[][].class);
    kryo.register(double[].class);
  }

  /** One instance of each common Guava immutable collection class. */
  private static List<Object> guavaSamples() {
    return List.of(
        ImmutableList.of(), ImmutableList.of(1), ImmutableList.of(1, 2),
        ImmutableSet.of(), ImmutableSet.of(1), ImmutableSet.of(1, 2),
        ImmutableMap.of(), ImmutableMap.of(1, 1), ImmutableMap.of(1, 1, 2, 2),
        ImmutableSortedSet.of(1), ImmutableSortedMap.of(1, 1),
        Sets.immutableEnumSet(ServiceCategory.MEDICAL),
        Sets.immutableEnumSet(ServiceCategory.MEDICAL, ServiceCategory.HOUSING),
        Maps.immutableEnumMap(java.util.Map.of(ServiceCategory.MEDICAL, 1, ServiceCategory.HOUSING, 2)),
        ImmutableList.of(1, 2, 3).subList(0, 2), ImmutableList.of(1, 2).reverse());
  }

  /** Java serialisation for the library's other serialisable types; Kryo's default otherwise. */
  private static final class Fallback implements SerializerFactory {
    private final JavaSerializer java;

    Fallback(JavaSerializer java) {
      this.java = java;
    }

    @Override
    public Serializer<?> makeSerializer(Kryo kryo, Class<?> type) {
      String name = type.getName();
      if (name.startsWith(OURS) && !name.startsWith(JOB) && Serializable.class.isAssignableFrom(type)) {
        return java;
      }
      return new FieldSerializer<>(kryo, type);
    }
  }
}
