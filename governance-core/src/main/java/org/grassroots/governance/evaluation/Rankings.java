package org.grassroots.governance.evaluation;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.grassroots.governance.id.DivisionCode;

/** Standard competition ranking of areas by points, highest first, ties by code. */
final class Rankings {
  private Rankings() {}

  static ImmutableList<RankedScore> rank(Map<DivisionCode, Double> points) {
    List<Map.Entry<DivisionCode, Double>> entries = new ArrayList<>(points.entrySet());
    entries.sort(Comparator.<Map.Entry<DivisionCode, Double>>comparingDouble(Map.Entry::getValue)
        .reversed()
        .thenComparing(Map.Entry::getKey));
    ImmutableList.Builder<RankedScore> out = ImmutableList.builderWithExpectedSize(entries.size());
    int rank = 0;
    double previous = Double.NaN;
    for (int i = 0; i < entries.size(); i++) {
      double p = entries.get(i).getValue();
      if (i == 0 || Double.compare(p, previous) != 0) {
        rank = i + 1;
        previous = p;
      }
      out.add(RankedScore.of(rank, entries.get(i).getKey(), p));
    }
    return out.build();
  }
}
