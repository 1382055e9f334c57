package org.grassroots.governance.examples.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.serializer.KryoSerializer;
import org.apache.spark.serializer.SerializerInstance;
import org.apache.spark.sql.SparkSession;
import org.grassroots.governance.id.DemandId;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.matching.ExactMatching;
import org.grassroots.governance.matching.MatchingAlgorithm;
import org.grassroots.governance.matching.MatchingProblem;
import org.grassroots.governance.matching.ServiceCategory;
import org.grassroots.governance.simulation.RunRecord;
import org.grassroots.governance.simulation.RunSummary;
import org.grassroots.governance.simulation.Scenario;
import org.grassroots.governance.simulation.ScenarioGenerator;
import org.grassroots.governance.simulation.Statistics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scala.reflect.ClassTag;
import scala.reflect.ClassTag$;

/**
 * Kryo with the registrator, in local[1] (one thread: with {@link SparkResearchJobTest}'s
 * local[2], the job is shown to give the same results for one or two executor threads).
 */
class GovernanceKryoRegistratorTest {
  private static final Scenario SCENARIO = SparkFixtures.small("kryo", 99L);
  private static final ClassTag<Object> ANY = ClassTag$.MODULE$.apply(Object.class);

  @SuppressWarnings("NullAway.Init") // set in @BeforeAll
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkFixtures.session("local[1]", true);
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static Object roundTrip(SerializerInstance kryo, Object value) {
    ByteBuffer bytes = kryo.serialize(value, ANY);
    return kryo.deserialize(bytes, ANY);
  }

  @Test
  void roundTrip_coreValuesAndGuavaCollections_equalUnderKryo() {
    SerializerInstance kryo = new KryoSerializer(spark.sparkContext().getConf()).newInstance();
    MatchingProblem problem = ScenarioGenerator.generate(SCENARIO).problem();
    MatchingAlgorithm.Result result = ExactMatching.withThreads(1).solve(problem);
    List<Object> values = List.of(
        SCENARIO, SCENARIO.parameters(), problem.policy(), problem.demands().get(0),
        problem.resources().get(problem.resources().size() - 1), result.metrics(),
        result.allocations().get(0),
        DivisionCode.parse("110105001000"), NodeCode.parse("1101050010010001"), DemandId.of("D1"),
        ImmutableList.of(1, 2, 3), ImmutableSet.of("a", "b"), ImmutableMap.of("k", 1),
        Sets.immutableEnumSet(ServiceCategory.MEDICAL, ServiceCategory.HOUSING),
        RunKey.of("kryo", 1, 2L));
    for (Object v : values) {
      assertEquals(v, roundTrip(kryo, v), () -> "round trip of " + v.getClass().getName());
    }
    Statistics stats = Statistics.of(new double[] {1, 2, 3});
    assertEquals(stats.toString(), roundTrip(kryo, stats).toString(), "statistics (no equals)");
    MatchingProblem back = (MatchingProblem) roundTrip(kryo, problem);
    assertEquals(problem.demands(), back.demands());
    assertEquals(problem.resources(), back.resources());
    MatchingAlgorithm.Result again = (MatchingAlgorithm.Result) roundTrip(kryo, result);
    assertEquals(result.allocations(), again.allocations());
    assertEquals(result.unmatched(), again.unmatched());
    assertEquals(result.metrics(), again.metrics());
  }

  @Test
  void roundTrip_withoutRegistrator_guavaListFails() {
    SparkConf plain = new SparkConf(false)
        .set("spark.serializer", "org.apache.spark.serializer.KryoSerializer");
    SerializerInstance kryo = new KryoSerializer(plain).newInstance();
    assertThrows(RuntimeException.class, () -> roundTrip(kryo, ImmutableList.of(1, 2, 3)));
  }

  @Test
  void run_underKryoInOneThread_sameAsSingleMachineRunner() {
    List<RunSummary> summary = new ArrayList<>();
    List<RunRecord> reference = SparkFixtures.reference(SCENARIO, SparkFixtures.RUNS, summary);
    SparkRunResult r = SparkResearchJob.builder()
        .scenario(SCENARIO)
        .runs(SparkFixtures.RUNS)
        .level(PartitionLevel.STREET)
        .partitions(3)
        .build()
        .run(spark);
    SparkFixtures.assertSameAsReference(reference, summary.get(0), r, SCENARIO.name());
  }
}
