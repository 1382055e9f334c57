package org.grassroots.governance.agreement;

import static java.util.Objects.requireNonNull;
import static org.grassroots.governance.agreement.Messages.f;

import com.google.common.collect.ImmutableList;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.grassroots.governance.id.OrganizationId;
import org.grassroots.governance.structure.Finding;
import org.grassroots.governance.structure.Outcome;
import org.grassroots.governance.validation.InvalidValueException;
import org.grassroots.governance.validation.Violation;
import org.grassroots.governance.validation.Violations;
import org.immutables.value.Value;

/**
 * The fulfilment ledger of a co-building agreement (履约台账): deliveries against commitments and
 * events towards obligations, checked against the version of the agreement in force on their
 * day.
 *
 * <p>Invariants, checked on every construction path and reported all at once with their paths
 * ({@code deliveries[3].quantity}): a delivery or event lies on or after the first version, while
 * the agreement is signed or active, inside the term; it names a commitment (an obligation) of
 * the version in force; a delivery is in its commitment's unit and never exceeds the open part of
 * its commitment unless it says so ({@link Delivery#declaredOverDelivery()}). Deliveries count in
 * date order (ties in list order). {@link #problems(Delivery)} answers "may this be recorded?" as
 * a value, {@link #record(Delivery)} records it or throws.
 *
 * <p>Obligations are not invariants: {@link #checkObligations(YearMonth)} reports them as
 * findings (e.g. visits this month below the agreed number). Immutable and thread-safe; each
 * recording re-checks the ledger in O(n log n) for n entries.
 *
 * <pre>{@code
 * Ledger l = Ledger.of(agreement)
 *     .record(Delivery.of(CommitmentId.of("C-1"), LocalDate.of(2021, 3, 5),
 *         Quantity.of(16, MeasureUnit.HOUR)))
 *     .recordEvent(ObligationEvent.of(ObligationKind.LEADERSHIP_VISITS, bureau,
 *         LocalDate.of(2021, 3, 9)));
 * l.fulfilment(CommitmentId.of("C-1")).get().ratio();
 * l.checkObligations(YearMonth.of(2021, 3)); // findings
 * }</pre>
 */
@Value.Immutable
public abstract class Ledger implements Serializable {
  private static final long serialVersionUID = 1L;

  Ledger() {}

  /**
   * The agreement, with all its versions.
   *
   * @return the agreement
   */
  public abstract CoBuildingAgreement agreement();

  /**
   * The deliveries, in the order recorded.
   *
   * @return the deliveries
   */
  public abstract List<Delivery> deliveries();

  /**
   * The obligation events, in the order recorded.
   *
   * @return the events
   */
  public abstract List<ObligationEvent> events();

  /**
   * An empty ledger.
   *
   * @param agreement the agreement
   * @return the ledger
   */
  public static Ledger of(CoBuildingAgreement agreement) {
    return builder().agreement(agreement).build();
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** The builder; {@link #build()} checks every invariant and reports all violations at once. */
  public static final class Builder extends ImmutableLedger.Builder {
    Builder() {}
  }

  /**
   * A copy following a new state of the agreement (e.g. after an amendment); every entry is
   * re-checked.
   *
   * @param agreement the agreement
   * @return the copy
   * @throws InvalidValueException if an entry no longer fits
   */
  public Ledger withAgreement(CoBuildingAgreement agreement) {
    return ImmutableLedger.copyOf(this).withAgreement(agreement);
  }

  /**
   * A copy with these deliveries.
   *
   * @param deliveries the deliveries
   * @return the copy
   */
  public Ledger withDeliveries(Iterable<? extends Delivery> deliveries) {
    return ImmutableLedger.copyOf(this).withDeliveries(deliveries);
  }

  /**
   * A copy with these events.
   *
   * @param events the events
   * @return the copy
   */
  public Ledger withEvents(Iterable<? extends ObligationEvent> events) {
    return ImmutableLedger.copyOf(this).withEvents(events);
  }

  /**
   * Records a delivery.
   *
   * @param delivery the delivery
   * @return the ledger with it
   * @throws InvalidValueException if it breaks an invariant (see {@link #problems(Delivery)})
   */
  public Ledger record(Delivery delivery) {
    requireNonNull(delivery, "delivery");
    return builder().from(this).addDeliveries(delivery).build();
  }

  /**
   * Records an obligation event.
   *
   * @param event the event
   * @return the ledger with it
   * @throws InvalidValueException if it breaks an invariant
   */
  public Ledger recordEvent(ObligationEvent event) {
    requireNonNull(event, "event");
    return builder().from(this).addEvents(event).build();
  }

  /**
   * Why the delivery could not be recorded, as values: empty if it can.
   *
   * @param delivery the delivery
   * @return the violations, paths relative to the delivery
   */
  public ImmutableList<Violation> problems(Delivery delivery) {
    requireNonNull(delivery, "delivery");
    try {
      record(delivery);
      return ImmutableList.of();
    } catch (InvalidValueException e) {
      String prefix = "deliveries[" + deliveries().size() + "]";
      // violations of the new delivery get paths relative to it; a backfilled delivery may
      // also push a later one over its commitment, reported with that one's full path
      return e.violations().stream()
          .map(v -> v.path().equals(prefix) || v.path().startsWith(prefix + ".")
              ? Violation.of(v.path().substring(Math.min(v.path().length(), prefix.length() + 1)),
                  v.rejectedValue(), v.rule())
              : v)
          .collect(ImmutableList.toImmutableList());
    }
  }

  /**
   * The sum of the deliveries against a commitment.
   *
   * @param commitment the commitment's id
   * @return the sum, or empty if no delivery names it
   */
  public Optional<Quantity> delivered(CommitmentId commitment) {
    requireNonNull(commitment, "commitment");
    Quantity sum = null;
    for (Delivery d : deliveries()) {
      if (d.commitment().equals(commitment)) {
        sum = sum == null ? d.quantity() : sum.plus(d.quantity());
      }
    }
    return Optional.ofNullable(sum);
  }

  /**
   * How far a commitment of the current version is fulfilled.
   *
   * @param commitment the commitment's id
   * @return the fulfilment, or empty if the current version has no such commitment
   */
  public Optional<Fulfilment> fulfilment(CommitmentId commitment) {
    return agreement().content().commitment(commitment).map(this::fulfilmentOf);
  }

  /**
   * The fulfilment of every commitment of the current version.
   *
   * @return the fulfilments, in commitment order
   */
  public ImmutableList<Fulfilment> fulfilments() {
    return agreement().content().commitments().stream().map(this::fulfilmentOf)
        .collect(ImmutableList.toImmutableList());
  }

  private Fulfilment fulfilmentOf(Commitment c) {
    return Fulfilment.of(c, delivered(c.id()).orElse(Quantity.zero(c.quantity().unit())));
  }

  /**
   * The agreement's fulfilment ratio: the mean of the capped ratios of its current commitments
   * (units differ, so quantities are not summed).
   *
   * @return the ratio, or empty without commitments
   */
  public Optional<BigDecimal> fulfilmentRatio() {
    return meanRatio(c -> true);
  }

  /**
   * One party's fulfilment ratio: the mean of the capped ratios of its current commitments.
   *
   * @param party the committing party
   * @return the ratio, or empty if it committed nothing
   */
  public Optional<BigDecimal> fulfilmentRatio(OrganizationId party) {
    requireNonNull(party, "party");
    return meanRatio(c -> c.by().equals(party));
  }

  private Optional<BigDecimal> meanRatio(Predicate<Commitment> which) {
    return mean(agreement().content().commitments().stream().filter(which)
        .map(c -> fulfilmentOf(c).cappedRatio()).collect(Collectors.toList()));
  }

  /**
   * One unit's fulfilment ratio across several agreements (e.g. all its pairings): the mean of
   * the capped ratios of every current commitment it made in any of the ledgers.
   *
   * @param ledgers the ledgers, one per agreement
   * @param unit the committing unit
   * @return the ratio, or empty if it committed nothing in any of them
   */
  public static Optional<BigDecimal> fulfilmentRatio(Collection<Ledger> ledgers,
      OrganizationId unit) {
    requireNonNull(ledgers, "ledgers");
    requireNonNull(unit, "unit");
    List<BigDecimal> ratios = new ArrayList<>();
    for (Ledger l : ledgers) {
      for (Commitment c : l.agreement().content().commitments()) {
        if (c.by().equals(unit)) {
          ratios.add(l.fulfilmentOf(c).cappedRatio());
        }
      }
    }
    return mean(ratios);
  }

  private static Optional<BigDecimal> mean(List<BigDecimal> ratios) {
    if (ratios.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal sum = ratios.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    return Optional.of(sum.divide(BigDecimal.valueOf(ratios.size()), Fulfilment.RATIO_SCALE,
        RoundingMode.HALF_EVEN));
  }

  /**
   * Checks every current commitment against its cadence on a day (履约进度核查): a commitment due
   * {@code MONTHLY}, {@code QUARTERLY} or {@code YEARLY} is expected, pro rata, to have delivered
   * its share of every period of the term that has ended by then (periods counted from the term's
   * start); one due {@code ONCE} or over the {@code WHOLE_TERM} is expected in full once the term
   * has ended. One finding per commitment, none before the term starts.
   *
   * @param on the day
   * @return the findings, in commitment order
   */
  public ImmutableList<Finding> checkSchedule(LocalDate on) {
    requireNonNull(on, "on");
    Term term = agreement().content().term();
    if (on.isBefore(term.start())) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<Finding> out = ImmutableList.builder();
    for (Commitment c : agreement().content().commitments()) {
      int months;
      switch (c.cadence()) {
        case MONTHLY:
          months = 1;
          break;
        case QUARTERLY:
          months = 3;
          break;
        case YEARLY:
          months = 12;
          break;
        default:
          months = 0;
      }
      long total;
      long ended;
      if (months == 0) {
        total = 1;
        ended = on.isBefore(term.end()) ? 0 : 1;
      } else {
        total = 0;
        ended = 0;
        LocalDate periodStart = term.start();
        while (!periodStart.isAfter(term.end())) {
          LocalDate periodEnd = periodStart.plusMonths(months).minusDays(1);
          total++;
          if (!on.isBefore(periodEnd.isAfter(term.end()) ? term.end() : periodEnd)) {
            ended++;
          }
          periodStart = periodStart.plusMonths(months);
        }
      }
      Fulfilment f = fulfilmentOf(c);
      BigDecimal expected = c.quantity().amount().multiply(BigDecimal.valueOf(ended))
          .divide(BigDecimal.valueOf(total), 2, RoundingMode.CEILING);
      // exact: delivered * total >= committed * ended, no rounding involved
      boolean met = f.delivered().amount().multiply(BigDecimal.valueOf(total))
          .compareTo(c.quantity().amount().multiply(BigDecimal.valueOf(ended))) >= 0;
      String exp = "at least " + expected.stripTrailingZeros().toPlainString() + " "
          + c.quantity().unit() + " by " + on + " (" + ended + " of " + total + " "
          + c.cadence().toString().toLowerCase(Locale.ROOT).replace('_', '-') + " period"
          + (total == 1 ? "" : "s") + " ended)";
      out.add(Finding.of("commitment-on-schedule",
          "agreement " + agreement().id() + ", commitment " + c.id(),
          met ? Outcome.MET : Outcome.NOT_MET, f.delivered().amount(), exp,
          c.by() + " delivered " + f.delivered() + " of " + c.quantity() + ", expected " + exp));
    }
    return out.build();
  }

  /**
   * Checks every obligation of the version in force at the end of the month: per-month ones
   * (visits, duty days) against the events of that month, term ones (first secretary, cross
   * appointments) against the distinct people appointed by then. One finding per obligation;
   * none for a month outside the term or before the first version.
   *
   * @param month the month
   * @return the findings
   */
  public ImmutableList<Finding> checkObligations(YearMonth month) {
    requireNonNull(month, "month");
    LocalDate last = month.atEndOfMonth();
    LocalDate first = month.atDay(1);
    Optional<AgreementVersion> version = agreement().asOf(last);
    if (version.isEmpty()) {
      return ImmutableList.of();
    }
    Term term = version.get().content().term();
    if (last.isBefore(term.start()) || first.isAfter(term.end())) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<Finding> out = ImmutableList.builder();
    for (Obligation o : version.get().content().obligations()) {
      String rule = o.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
      String subject = "agreement " + agreement().id() + ", " + o.obligor() + ", " + month;
      long measured;
      String expected;
      if (o.kind().perMonth()) {
        measured = events().stream().filter(e -> e.kind() == o.kind()
            && e.obligor().equals(o.obligor()) && YearMonth.from(e.date()).equals(month)).count();
        expected = "at least " + o.count() + " per month";
      } else {
        measured = events().stream().filter(e -> e.kind() == o.kind()
            && e.obligor().equals(o.obligor()) && !e.date().isAfter(last))
            .map(e -> e.person().orElseThrow()).distinct().count();
        expected = "at least " + o.count() + " appointed";
      }
      Outcome outcome = measured >= o.count() ? Outcome.MET : Outcome.NOT_MET;
      out.add(Finding.of(rule, subject, outcome, BigDecimal.valueOf(measured), expected,
          o.obligor() + ": " + measured + " " + rule + (o.kind().perMonth() ? " in " + month
              : " by " + last) + ", agreed " + expected));
    }
    return out.build();
  }

  @Value.Check
  void check() {
    Violations v = Violations.of("Ledger").require("agreement", agreement());
    if (!v.isEmpty()) {
      v.throwIfAny();
    }
    List<Delivery> ds = deliveries();
    List<Integer> order = IntStream.range(0, ds.size()).boxed()
        .sorted(Comparator.comparing((Integer i) -> ds.get(i).date()).thenComparing(i -> i))
        .collect(Collectors.toList());
    Map<CommitmentId, BigDecimal> before = new HashMap<>();
    for (int i : order) {
      Delivery d = ds.get(i);
      String p = "deliveries[" + i + "]";
      Optional<AgreementVersion> ver = inForce(v, p, d.date());
      if (ver.isEmpty()) {
        continue;
      }
      AgreementVersion version = ver.get();
      Optional<Commitment> c = version.content().commitment(d.commitment());
      if (c.isEmpty()) {
        v.check(false, p + ".commitment", d.commitment(),
            f(Messages.UNKNOWN_COMMITMENT, d.commitment(), version.number(), d.date()));
        continue;
      }
      Quantity committed = c.get().quantity();
      if (!committed.unit().equals(d.quantity().unit())) {
        v.check(false, p + ".quantity.unit", d.quantity().unit(),
            f(Messages.UNIT_MISMATCH, d.quantity().unit(), committed.unit()));
        continue;
      }
      BigDecimal done = before.getOrDefault(d.commitment(), BigDecimal.ZERO);
      BigDecimal open = committed.amount().subtract(done).max(BigDecimal.ZERO);
      if (d.quantity().amount().compareTo(open) > 0) {
        v.check(d.declaredOverDelivery(), p + ".quantity", d.quantity(),
            f(Messages.OVER_DELIVERY, open.toPlainString(), d.commitment(), committed,
                done.toPlainString()));
      }
      before.put(d.commitment(), done.add(d.quantity().amount()));
    }
    List<ObligationEvent> es = events();
    for (int i = 0; i < es.size(); i++) {
      ObligationEvent e = es.get(i);
      String p = "events[" + i + "]";
      Optional<AgreementVersion> ver = inForce(v, p, e.date());
      if (ver.isEmpty()) {
        continue;
      }
      AgreementVersion version = ver.get();
      boolean agreed = version.content().obligations().stream()
          .anyMatch(o -> o.kind() == e.kind() && o.obligor().equals(e.obligor()));
      v.check(agreed, p, e.kind(),
          f(Messages.NO_OBLIGATION, e.kind(), e.obligor(), version.number(), e.date()));
    }
    v.throwIfAny();
  }

  /** The version in force on the day, recording why there is none usable. */
  private Optional<AgreementVersion> inForce(Violations v, String path, LocalDate date) {
    Optional<AgreementVersion> ver = agreement().asOf(date);
    if (ver.isEmpty()) {
      v.check(false, path + ".date", date,
          f(Messages.BEFORE_FIRST_VERSION, agreement().versions().get(0).date()));
      return Optional.empty();
    }
    AgreementVersion version = ver.get();
    boolean ok = true;
    if (!version.status().isInForce()) {
      v.check(false, path + ".date", date, f(Messages.NOT_IN_FORCE, version.status(), date));
      ok = false;
    }
    Term term = version.content().term();
    if (!term.contains(date)) {
      v.check(false, path + ".date", date, f(Messages.OUTSIDE_TERM, term.start(), term.end()));
      ok = false;
    }
    return ok ? ver : Optional.empty();
  }
}
