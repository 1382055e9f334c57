package org.grassroots.governance.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.ImmutableList;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.grassroots.governance.agreement.Cadence;
import org.grassroots.governance.agreement.Commitment;
import org.grassroots.governance.agreement.CommitmentId;
import org.grassroots.governance.agreement.CommitmentKind;
import org.grassroots.governance.agreement.ListEntry;
import org.grassroots.governance.agreement.ListKind;
import org.grassroots.governance.agreement.MeasureUnit;
import org.grassroots.governance.agreement.Quantity;
import org.grassroots.governance.id.DemandId;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.id.OrganizationId;
import org.grassroots.governance.id.PersonId;
import org.grassroots.governance.id.ProjectId;
import org.grassroots.governance.id.ResourceId;
import org.grassroots.governance.json.agreement.AgreementCsv;
import org.grassroots.governance.json.agreement.AgreementDocument;
import org.grassroots.governance.json.csv.CsvHeaders;
import org.grassroots.governance.json.csv.CsvLayout;
import org.grassroots.governance.json.csv.CsvReadOptions;
import org.grassroots.governance.json.csv.CsvReadResult;
import org.grassroots.governance.json.csv.CsvRowProblem;
import org.grassroots.governance.json.csv.CsvTerms;
import org.grassroots.governance.json.csv.CsvWriteOptions;
import org.grassroots.governance.json.matching.MatchingCsv;
import org.grassroots.governance.json.matching.MatchingDocuments;
import org.grassroots.governance.matching.Demand;
import org.grassroots.governance.matching.MeetingLevel;
import org.grassroots.governance.matching.Project;
import org.grassroots.governance.matching.QuantityUnit;
import org.grassroots.governance.matching.Resource;
import org.grassroots.governance.matching.ServiceArea;
import org.grassroots.governance.matching.ServiceCategory;
import org.grassroots.governance.matching.TimeWindow;
import org.grassroots.governance.matching.Urgency;
import org.grassroots.governance.matching.VulnerableGroup;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The CSV layouts of the matching and agreement lists: round trips for generated lists (English
 * or Chinese headers, with or without BOM), Chinese headers and terms, bad rows with their row and
 * column, strict mode, masking, and the JSON documents of the same lists.
 */
class ListCsvTest {
  private static final List<String> TITLES =
      List.of("老旧小区加装电梯", "Street lights, block 3", "=1+1 预算", "楼道堆物 \"清理\"", "x");

  private static ByteArrayInputStream in(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static <T> byte[] write(CsvLayout<T> layout, List<T> items, CsvWriteOptions o) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    layout.write(out, items, o);
    return out.toByteArray();
  }

  /** Options with the given headers; terms follow them, or (one time in three) are set apart. */
  private static CsvWriteOptions options(SplittableRandom r, CsvHeaders headers, boolean reveal) {
    CsvWriteOptions o = CsvWriteOptions.defaults().withHeaders(headers);
    if (r.nextInt(3) == 0) {
      o = o.withTerms(r.nextBoolean() ? CsvHeaders.CHINESE : CsvHeaders.ENGLISH);
    }
    if (r.nextBoolean()) {
      o = o.withoutBom();
    }
    return reveal ? o.with(WriteOptions.revealPersonalData()) : o;
  }

  /** Write then read gives the same list, with Chinese and with English headers. */
  private static <T> void roundTrips(CsvLayout<T> layout, Gen<ImmutableList<T>> lists) {
    qt().withExamples(100).forAll(lists, SourceDSL.longs().all()).checkAssert((list, seed) -> {
      SplittableRandom r = new SplittableRandom(seed);
      for (CsvHeaders headers : CsvHeaders.values()) {
        byte[] csv = write(layout, list, options(r, headers, true));
        CsvReadResult<T> back =
            layout.read(new ByteArrayInputStream(csv), CsvReadOptions.strict());
        assertEquals(list, back.items(), headers.toString());
        assertEquals(list.size(), back.report().loaded());
      }
    });
  }

  /** Every table of terms of the CSV layouts, by enum. */
  private static java.util.Map<Class<?>, CsvTerms<?>> termTables() throws IllegalAccessException {
    java.util.Map<Class<?>, CsvTerms<?>> tables = new java.util.LinkedHashMap<>();
    for (Class<?> holder : List.of(MatchingCsv.class, AgreementCsv.class)) {
      for (java.lang.reflect.Field f : holder.getFields()) {
        if (java.lang.reflect.Modifier.isStatic(f.getModifiers())
            && CsvTerms.class.isAssignableFrom(f.getType())) {
          CsvTerms<?> t = (CsvTerms<?>) f.get(null);
          assertEquals(null, tables.put(t.type(), t), "one table per enum: " + t.type());
        }
      }
    }
    return tables;
  }

  @Test
  void everyEnumConstant_hasAChineseTerm_thatReadsBack() throws IllegalAccessException {
    java.util.Map<Class<?>, CsvTerms<?>> tables = termTables();
    // every enum a layout reads or writes has its table
    assertEquals(java.util.Set.of(ServiceCategory.class, QuantityUnit.class, Urgency.class,
        VulnerableGroup.class, org.grassroots.governance.matching.ProviderKind.class,
        MeetingLevel.class, CommitmentKind.class, Cadence.class), tables.keySet());
    for (CsvTerms<?> t : tables.values()) {
      everyConstantHasATerm(t);
    }
  }

  private static <E extends Enum<E>> void everyConstantHasATerm(CsvTerms<E> t) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (E e : t.type().getEnumConstants()) {
      String zh = t.chinese(e);
      assertFalse(zh.isBlank(), e.name());
      assertTrue(zh.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
          == Character.UnicodeScript.HAN), e + " " + zh);
      assertTrue(seen.add(zh), "term " + zh + " written for two constants");
      assertEquals(zh, t.format(e, CsvHeaders.CHINESE));
      assertEquals(e.name(), t.format(e, CsvHeaders.ENGLISH));
      assertEquals(e, t.apply(zh));
      assertEquals(e, t.apply(e.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')));
    }
    assertEquals(t.type().getEnumConstants().length, t.terms().size());
  }

  @Test
  void chineseHeaders_writeNoEnglishEnumNames_englishHeadersNoChineseTerms()
      throws IllegalAccessException {
    java.util.Map<Class<?>, CsvTerms<?>> tables = termTables();
    java.util.Set<String> names = new java.util.HashSet<>();
    java.util.Set<String> terms = new java.util.HashSet<>();
    for (CsvTerms<?> t : tables.values()) {
      for (Enum<?> e : t.type().getEnumConstants()) {
        names.add(e.name());
      }
      terms.addAll(t.terms().values());
    }
    qt().withExamples(60).forAll(MatchingGens.demandLists(), MatchingGens.resourceLists(),
        lists(ListCsvTest::commitment)).checkAssert((demands, resources, commitments) -> {
          for (CsvHeaders h : CsvHeaders.values()) {
            CsvWriteOptions o = CsvWriteOptions.defaults().withHeaders(h)
                .with(WriteOptions.revealPersonalData());
            List<String> cells = new ArrayList<>();
            cells.addAll(cells(write(MatchingCsv.DEMANDS, demands, o)));
            cells.addAll(cells(write(MatchingCsv.RESOURCES, resources, o)));
            if (h == CsvHeaders.CHINESE) { // a unit symbol may be 小时: not an enum cell
              cells.addAll(cells(write(AgreementCsv.COMMITMENTS, commitments, o)));
            }
            for (String c : cells) {
              String norm = c.strip().toUpperCase(java.util.Locale.ROOT).replace(' ', '_')
                  .replace('-', '_');
              if (h == CsvHeaders.CHINESE) {
                assertFalse(names.contains(norm), "English enum name under Chinese headers: " + c);
              } else {
                assertFalse(terms.contains(c), "Chinese term under English headers: " + c);
              }
            }
          }
        });
  }

  /** Every value of every cell below the header: multi-valued cells split at {@code ;}. */
  private static List<String> cells(byte[] csv) {
    List<String> all = new ArrayList<>();
    try (com.fasterxml.jackson.databind.MappingIterator<String[]> it =
        new com.fasterxml.jackson.dataformat.csv.CsvMapper().readerFor(String[].class)
            .with(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY)
            .readValues(new String(csv, StandardCharsets.UTF_8).replace("\uFEFF", ""))) {
      boolean header = true;
      while (it.hasNextValue()) {
        String[] row = it.nextValue();
        if (!header) {
          for (String cell : row) {
            all.addAll(List.of(cell.split(";")));
          }
        }
        header = false;
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return all;
  }

  @Test
  void termsOption_writesEitherLanguage_underEitherHeaders() {
    Demand d = Demand.builder().id(DemandId.of("D-1")).category(ServiceCategory.ELDER_CARE)
        .quantity(3).unit(QuantityUnit.HOUR).urgency(Urgency.URGENT)
        .addVulnerableGroups(VulnerableGroup.LOW_INCOME, VulnerableGroup.DISABLED)
        .location(NodeCode.parse("350102001001")).build();
    String zh = new String(write(MatchingCsv.DEMANDS, List.of(d),
        CsvWriteOptions.defaults().withHeaders(CsvHeaders.CHINESE).withoutBom()),
        StandardCharsets.UTF_8);
    assertTrue(zh.contains("\nD-1,养老,3,小时,紧急,残疾人;低保,,350102001001,,"), zh);
    String zhNames = new String(write(MatchingCsv.DEMANDS, List.of(d),
        CsvWriteOptions.defaults().withHeaders(CsvHeaders.CHINESE).withTerms(CsvHeaders.ENGLISH)
            .withoutBom()), StandardCharsets.UTF_8);
    assertTrue(zhNames.startsWith("需求编号,"), zhNames);
    assertTrue(zhNames.contains("\nD-1,ELDER_CARE,3,HOUR,URGENT,DISABLED;LOW_INCOME,"), zhNames);
    String enTerms = new String(write(MatchingCsv.DEMANDS, List.of(d),
        CsvWriteOptions.defaults().withTerms(CsvHeaders.CHINESE).withoutBom()),
        StandardCharsets.UTF_8);
    assertTrue(enTerms.startsWith("id,category,"), enTerms);
    assertTrue(enTerms.contains("\nD-1,养老,3,小时,紧急,残疾人;低保,"), enTerms);
    for (String text : List.of(zh, zhNames, enTerms)) {
      assertEquals(List.of(d), MatchingCsv.DEMANDS.read(in(text), CsvReadOptions.strict())
          .items());
    }
    Resource r = Resource.builder().id(ResourceId.of("R-1"))
        .provider(org.grassroots.governance.matching.Provider.organisation(
            org.grassroots.governance.matching.ProviderKind.RESIDENT_UNIT, OrganizationId.of("U-1")))
        .addCategories(ServiceCategory.MEDICAL).capacity(1)
        .location(NodeCode.parse("350102001001"))
        .serviceArea(ServiceArea.within(MeetingLevel.COMMUNITY)).build();
    String resources = new String(write(MatchingCsv.RESOURCES, List.of(r),
        CsvWriteOptions.defaults().withHeaders(CsvHeaders.CHINESE).withoutBom()),
        StandardCharsets.UTF_8);
    assertTrue(resources.contains("\nR-1,驻区单位,U-1,,就医,,1,350102001001,同社区,,"), resources);
    Commitment c = Commitment.of(CommitmentId.of("C-1"), CommitmentKind.VENUE,
        OrganizationId.of("U-1"), Quantity.of(2, MeasureUnit.HOUR), Cadence.QUARTERLY);
    String commitments = new String(write(AgreementCsv.COMMITMENTS, List.of(c),
        CsvWriteOptions.defaults().withHeaders(CsvHeaders.CHINESE).withoutBom()),
        StandardCharsets.UTF_8);
    assertTrue(commitments.contains("\nC-1,阵地,U-1,2,h,每季度,"), commitments);
  }

  static Project project(SplittableRandom r, int i) {
    Project.Builder b = Project.builder().id(ProjectId.of("PRJ-" + i))
        .title(TITLES.get(r.nextInt(TITLES.size())));
    for (int k = 1 + r.nextInt(3); k > 0; k--) {
      b.addDemands(DemandId.of(MatchingGens.id(r, k)));
    }
    for (int k = r.nextInt(3); k > 0; k--) {
      b.addFundedBy(ResourceId.of(MatchingGens.id(r, k)));
    }
    if (r.nextBoolean()) {
      b.community(MatchingGens.community(r));
    }
    return b.build();
  }

  static Commitment commitment(SplittableRandom r, int i) {
    BigDecimal amount = BigDecimal.valueOf(r.nextInt(100_000), r.nextInt(3));
    Commitment c = Commitment.of(CommitmentId.of("C-" + i),
        CommitmentKind.values()[r.nextInt(CommitmentKind.values().length)],
        OrganizationId.of(MatchingGens.id(r, i)),
        Quantity.of(amount, List.of(MeasureUnit.HOUR, MeasureUnit.YUAN, MeasureUnit.of("小时"))
            .get(r.nextInt(3))),
        Cadence.values()[r.nextInt(Cadence.values().length)]);
    return r.nextBoolean() ? c.withDescription(TITLES.get(r.nextInt(TITLES.size()))) : c;
  }

  static ListEntry problem(SplittableRandom r) {
    ListEntry e = ListEntry.of(ListKind.PROBLEM, TITLES.get(r.nextInt(TITLES.size())));
    return r.nextBoolean() ? e.withRaisedBy(OrganizationId.of(MatchingGens.id(r, 1))) : e;
  }

  interface Maker<T> {
    T make(SplittableRandom r, int i);
  }

  static <T> Gen<ImmutableList<T>> lists(Maker<T> maker) {
    return SourceDSL.longs().all().map(s -> {
      SplittableRandom r = new SplittableRandom(s);
      ImmutableList.Builder<T> b = ImmutableList.builder();
      for (int i = r.nextInt(5); i > 0; i--) {
        b.add(maker.make(r, i));
      }
      return b.build();
    });
  }

  @Test
  void demands_roundTrip() {
    roundTrips(MatchingCsv.DEMANDS, MatchingGens.demandLists());
  }

  @Test
  void resources_roundTrip_whenPersonalDataIsRevealed() {
    roundTrips(MatchingCsv.RESOURCES, MatchingGens.resourceLists());
  }

  @Test
  void projects_roundTrip() {
    roundTrips(MatchingCsv.PROJECTS, lists(ListCsvTest::project));
  }

  @Test
  void commitments_roundTrip() {
    roundTrips(AgreementCsv.COMMITMENTS, lists(ListCsvTest::commitment));
  }

  @Test
  void problems_roundTrip() {
    roundTrips(AgreementCsv.PROBLEMS, lists((r, i) -> problem(r)));
  }

  @Test
  void newListKinds_roundTripAsJsonDocuments() {
    GovernanceJson json = GovernanceJson.strict();
    java.time.OffsetDateTime at = java.time.OffsetDateTime.parse("2024-05-01T12:00:00+08:00");
    qt().withExamples(50).forAll(SourceDSL.longs().all()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      ImmutableList<Project> projects = ImmutableList.of(project(r, 1), project(r, 2));
      ImmutableList<Commitment> commitments = ImmutableList.of(commitment(r, 1));
      ImmutableList<ListEntry> problems = ImmutableList.of(problem(r), problem(r));
      String p = json.toJson(Envelope.of(MatchingDocuments.PROJECTS, at, projects));
      String c = json.toJson(Envelope.of(AgreementDocument.COMMITMENTS, at, commitments));
      String e = json.toJson(Envelope.of(AgreementDocument.PROBLEMS, at, problems));
      assertEquals(projects, json.read(p, MatchingDocuments.PROJECTS).data());
      assertEquals(commitments, json.read(c, AgreementDocument.COMMITMENTS).data());
      assertEquals(problems, json.read(e, AgreementDocument.PROBLEMS).data());
      assertEquals(List.of(), Schemas.validate(MatchingDocuments.PROJECTS, p), p);
      assertEquals(List.of(), Schemas.validate(AgreementDocument.COMMITMENTS, c), c);
      assertEquals(List.of(), Schemas.validate(AgreementDocument.PROBLEMS, e), e);
    });
  }

  @Test
  void projectJson_refusesAnEmptyDemandList_atItsPointer() {
    String doc = "{\"format\":\"grassroots-governance\",\"version\":\"1.0.0\","
        + "\"generatedAt\":\"2024-05-01T12:00:00Z\",\"kind\":\"project-list\",\"data\":["
        + "{\"id\":\"P-1\",\"title\":\"t\",\"demands\":[\"D-1\"]},"
        + "{\"id\":\"P-2\",\"title\":\"t\",\"demands\":[]}]}";
    InvalidDocumentException e = assertThrows(InvalidDocumentException.class,
        () -> GovernanceJson.strict().read(doc, MatchingDocuments.PROJECTS));
    assertEquals("/data/1/demands", e.problems().get(0).pointer());
    assertFalse(Schemas.validate(MatchingDocuments.PROJECTS, doc).isEmpty());
  }

  @Test
  void demands_readChineseHeadersAndTerms() {
    String text = "需求编号,需求类别,数量,单位,紧急程度,困难群体,所需技能,位置编码,开始时间,结束时间\n"
        + "D-1,养老,4,小时,紧急,独居老人；残疾人,护理; nursing ,35010200100100070003,"
        + "2024-05-02T08:00:00+08:00,2024-05-02T12:00:00+08:00\n"
        + "D-2,legal aid,1,次上门,,,,350102001001,,\n";
    CsvReadResult<Demand> r = MatchingCsv.DEMANDS.read(in(text), CsvReadOptions.strict());
    Demand d1 = Demand.builder().id(DemandId.of("D-1")).category(ServiceCategory.ELDER_CARE)
        .quantity(4).unit(QuantityUnit.HOUR).urgency(Urgency.URGENT)
        .addVulnerableGroups(VulnerableGroup.ELDERLY_LIVING_ALONE, VulnerableGroup.DISABLED)
        .addRequiredSkills("护理", "nursing")
        .location(NodeCode.parse("35010200100100070003"))
        .window(TimeWindow.of(Instant.parse("2024-05-02T00:00:00Z"),
            Instant.parse("2024-05-02T04:00:00Z")))
        .build();
    Demand d2 = Demand.of(DemandId.of("D-2"), ServiceCategory.LEGAL_AID, 1, QuantityUnit.VISIT,
        NodeCode.parse("350102001001"));
    assertEquals(List.of(d1, d2), r.items());
  }

  @Test
  void resources_readChineseHeaders_serviceAreaAsCodeOrLevel() {
    String text = "\uFEFF资源编号,提供方类型,提供单位编号,提供人编号,服务类别,技能,服务能力,位置编码,服务范围,"
        + "可服务时间,结对社区\n"
        + "R-1,驻区单位,U-7,,养老;就医,护理,20,3501020010010007,同社区,"
        + "2024-05-01T00:00:00Z/2024-05-31T00:00:00Z,350102001001\n"
        + "R-2,党员,,P-42,心理,,3,3501020010010007,350102001001,,\n";
    CsvReadResult<Resource> r = MatchingCsv.RESOURCES.read(in(text), CsvReadOptions.strict());
    assertEquals(2, r.items().size());
    Resource r1 = r.items().get(0);
    assertEquals(ServiceArea.within(MeetingLevel.COMMUNITY), r1.serviceArea());
    assertEquals(List.of(TimeWindow.of(Instant.parse("2024-05-01T00:00:00Z"),
        Instant.parse("2024-05-31T00:00:00Z"))), r1.availability());
    assertEquals(Optional.of(OrganizationId.of("U-7")), r1.provider().organisation());
    Resource r2 = r.items().get(1);
    assertEquals(Optional.of(PersonId.of("P-42")), r2.provider().person());
    assertEquals(ServiceArea.subtree(NodeCode.parse("350102001001")), r2.serviceArea());
  }

  @Test
  void commitmentsAndProblems_readChineseHeaders() {
    String commitments = "承诺编号,承诺类型,承诺单位,数量,单位,频次,说明\n"
        + "C-1,志愿服务时长,HS-AUDIT,200.0,h,每月,法律咨询进社区\n";
    Commitment c = AgreementCsv.COMMITMENTS.read(in(commitments), CsvReadOptions.strict())
        .items().get(0);
    assertEquals(Commitment.of(CommitmentId.of("C-1"), CommitmentKind.VOLUNTEER_HOURS,
        OrganizationId.of("HS-AUDIT"), Quantity.of(200, MeasureUnit.HOUR), Cadence.MONTHLY)
        .withDescription("法律咨询进社区"), c);
    String problems = "问题描述,提出方\n楼道堆物,CBZ-PC\n路灯不亮,\n";
    assertEquals(List.of(ListEntry.of(ListKind.PROBLEM, "楼道堆物")
            .withRaisedBy(OrganizationId.of("CBZ-PC")), ListEntry.of(ListKind.PROBLEM, "路灯不亮")),
        AgreementCsv.PROBLEMS.read(in(problems), CsvReadOptions.strict()).items());
  }

  @Test
  void writesChineseOrEnglishHeaders_withBomByDefault() {
    List<Demand> one = List.of(Demand.of(DemandId.of("D-1"), ServiceCategory.MEDICAL, 2,
        QuantityUnit.HOUR, NodeCode.parse("350102001001")));
    byte[] zh = write(MatchingCsv.DEMANDS, one,
        CsvWriteOptions.defaults().withHeaders(CsvHeaders.CHINESE));
    assertEquals((byte) 0xEF, zh[0]);
    String text = new String(zh, StandardCharsets.UTF_8).substring(1);
    assertTrue(text.startsWith("需求编号,需求类别,数量,单位,紧急程度,困难群体,所需技能,位置编码,开始时间,结束时间"),
        text);
    String en = new String(write(MatchingCsv.DEMANDS, one, CsvWriteOptions.defaults().withoutBom()),
        StandardCharsets.UTF_8);
    assertTrue(en.startsWith("id,category,quantity,unit,urgency,\"vulnerable groups\","), en);
  }

  @Test
  void badDemandRows_areReportedWithRowAndColumn_andGoodRowsLoad() {
    String text = "id,category,quantity,unit,urgency,vulnerable groups,required skills,location,"
        + "window start,window end\n"
        + "D-1,MEDICAL,2,HOUR,,,,350102001001,,\n"                                  // 2 good
        + "D-2,MEDICAL,many,HOUR,,,,350102001001,,\n"                               // 3
        + "D-3,MEDICAL,2,VISIT,,,,350102001001,,\n"                                 // 4
        + "D-4,GARDENING,1,HOUR,,,a;a,350102001001,2024-05-02T08:00:00Z,\n"          // 5
        + "D-5,MEDICAL,1,HOUR,,,,350102001001,2024-05-02T08:00:00Z,2024-05-02T07:00:00Z\n" // 6
        + "D-6,MEDICAL,1,HOUR,,,,35010200100X,,\n"                                  // 7
        + "D-7,ELDER_CARE,1,HOUR,CRITICAL,,,350102001001,,\n";                      // 8 good
    CsvReadResult<Demand> r = MatchingCsv.DEMANDS.read(in(text), CsvReadOptions.lenient());
    assertEquals(List.of("D-1", "D-7"), r.items().stream().map(d -> d.id().value()).toList());
    List<String> shown = new ArrayList<>();
    for (CsvRowProblem p : r.problems()) {
      shown.add(p.row() + " " + p.column().orElse("-"));
    }
    assertEquals(List.of("3 quantity", "4 quantity", "5 category", "5 requiredSkills",
        "6 windowEnd", "7 location"), shown);
    assertEquals("must be a whole number", r.problems().get(0).reason());
    assertTrue(r.problems().get(1).reason().contains("VISIT"), r.problems().get(1).reason());
    assertTrue(r.problems().get(2).reason().startsWith("must be one of [ELDER_CARE"));
    assertEquals("requiredSkills[1]: appears twice in a set", r.problems().get(3).reason());
    assertEquals(7, r.report().rows());
    assertEquals(2, r.report().loaded());
  }

  @Test
  void badDemandRow_aMissingWindowEnd_isReportedAtWindowEnd() {
    String text = "id,category,quantity,unit,location,window start\n"
        + "D-1,MEDICAL,2,HOUR,350102001001,2024-05-02T08:00:00Z\n";
    CsvRowProblem p = MatchingCsv.DEMANDS.read(in(text), CsvReadOptions.lenient())
        .problems().get(0);
    assertEquals(2, p.row());
    assertEquals(Optional.of("windowEnd"), p.column());
  }

  @Test
  void badResourceAndCommitmentRows_areReportedAtTheirColumns() {
    String resources = "id,provider kind,provider organisation,provider person,categories,"
        + "capacity,location,service area\n"
        + "R-1,RESIDENT_UNIT,U-1,P-1,MEDICAL,1,350102001001,COMMUNITY\n"
        + "R-2,RESIDENT_UNIT,U-1,,,1,350102001001,COMMUNITY\n"
        + "R-3,RESIDENT_UNIT,U-1,,MEDICAL,-1,350102001001,NEARBY\n";
    List<String> shown = new ArrayList<>();
    for (CsvRowProblem p
        : MatchingCsv.RESOURCES.read(in(resources), CsvReadOptions.lenient()).problems()) {
      shown.add(p.row() + " " + p.column().orElse("-"));
    }
    assertEquals(List.of("2 providerOrganisation", "3 categories", "4 serviceArea"), shown);
    String commitments = "id,kind,by,amount,unit,cadence\n"
        + "C-1,FUNDS,U-1,-5,CNY,ONCE\n"
        + "C-2,FUNDS,U-1,1e3,CNY,ONCE\n"
        + "C-3,FUNDS,U-1,5,CNY,SOMETIMES\n"
        + "C-4,FUNDS,U-1,+,CNY,ONCE\n";
    shown.clear();
    for (CsvRowProblem p
        : AgreementCsv.COMMITMENTS.read(in(commitments), CsvReadOptions.lenient()).problems()) {
      shown.add(p.row() + " " + p.column().orElse("-"));
    }
    assertEquals(List.of("2 amount", "3 amount", "4 cadence", "5 amount"), shown);
  }

  @Test
  void strictRead_failsAtTheFirstBadRow() {
    String text = "id,title,demands\nP-1,电梯,D-1;D-2\nP-2,路灯,\nP-3,,D-3\n";
    List<Project> seen = new ArrayList<>();
    InvalidDocumentException e = assertThrows(InvalidDocumentException.class,
        () -> MatchingCsv.PROJECTS.forEach(in(text), CsvReadOptions.strict(), seen::add));
    assertEquals(1, seen.size());
    assertEquals("/3/demands", e.problems().get(0).pointer());
    CsvReadResult<Project> lenient = MatchingCsv.PROJECTS.read(in(text), CsvReadOptions.lenient());
    assertEquals(1, lenient.items().size());
    assertEquals(2, lenient.problems().size());
  }

  @Test
  void providerPerson_isMaskedOnWrite_unlessRevealed() {
    Resource r = Resource.builder().id(ResourceId.of("R-1"))
        .provider(org.grassroots.governance.matching.Provider.person(
            org.grassroots.governance.matching.ProviderKind.PARTY_MEMBER,
            PersonId.of("P-20240042")))
        .addCategories(ServiceCategory.MEDICAL).capacity(1)
        .location(NodeCode.parse("350102001001"))
        .serviceArea(ServiceArea.within(MeetingLevel.GRID)).build();
    String masked = new String(write(MatchingCsv.RESOURCES, List.of(r), CsvWriteOptions.defaults()),
        StandardCharsets.UTF_8);
    assertFalse(masked.contains("P-20240042"), masked);
    assertTrue(masked.contains("P********2"), masked);
    String revealed = new String(write(MatchingCsv.RESOURCES, List.of(r),
        CsvWriteOptions.defaults().with(WriteOptions.revealPersonalData())),
        StandardCharsets.UTF_8);
    assertTrue(revealed.contains("P-20240042"), revealed);
  }

  @Test
  void writing_aValueWithTheSeparator_orANonProblemEntry_isRefused() {
    Demand d = Demand.builder().id(DemandId.of("D-1")).category(ServiceCategory.MEDICAL)
        .quantity(1).unit(QuantityUnit.HOUR).addRequiredSkills("a;b")
        .location(NodeCode.parse("350102001001")).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> write(MatchingCsv.DEMANDS, List.of(d), CsvWriteOptions.defaults()));
    assertTrue(String.valueOf(e.getMessage()).contains("requiredSkills"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> write(AgreementCsv.PROBLEMS,
        List.of(ListEntry.of(ListKind.DEMAND, "x")), CsvWriteOptions.defaults()));
  }
}
