package org.grassroots.governance.matching;

import java.util.Arrays;

/**
 * The connected components of the candidate graph (union-find with path halving and union by
 * size, O(pairs · α)), each as ascending demand and resource index lists, largest first (ties by
 * smallest demand index), so the order never depends on threads or hashing.
 */
final class Components {
  final int count;
  final int[] demandStart;
  final int[] demands;
  final int[] resourceStart;
  final int[] resources;

  private Components(
      int count, int[] demandStart, int[] demands, int[] resourceStart, int[] resources) {
    this.count = count;
    this.demandStart = demandStart;
    this.demands = demands;
    this.resourceStart = resourceStart;
    this.resources = resources;
  }

  static Components of(CompiledProblem cp) {
    int nD = cp.nD;
    int n = nD + cp.nR;
    int[] parent = new int[n];
    int[] size = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
      size[i] = 1;
    }
    for (int d = 0; d < nD; d++) {
      for (int e = cp.start[d]; e < cp.start[d + 1]; e++) {
        int x = find(parent, d);
        int y = find(parent, nD + cp.res[e]);
        if (x != y) {
          if (size[x] < size[y]) {
            int s = x;
            x = y;
            y = s;
          }
          parent[y] = x;
          size[x] += size[y];
        }
      }
    }
    // component ids for roots of demands that have at least one edge
    int[] compOf = new int[n];
    Arrays.fill(compOf, -1);
    int count = 0;
    int[] firstDemand = new int[nD];
    for (int d = 0; d < nD; d++) {
      if (cp.start[d] == cp.start[d + 1]) {
        continue;
      }
      int root = find(parent, d);
      if (compOf[root] < 0) {
        compOf[root] = count;
        firstDemand[count] = d;
        count++;
      }
    }
    int[] dCount = new int[count];
    int[] rCount = new int[count];
    for (int d = 0; d < nD; d++) {
      if (cp.start[d] != cp.start[d + 1]) {
        dCount[compOf[find(parent, d)]]++;
      }
    }
    for (int r = 0; r < cp.nR; r++) {
      int c = compOf[find(parent, nD + r)];
      if (c >= 0) {
        rCount[c]++;
      }
    }
    // order: largest first, ties by first demand
    Integer[] order = new Integer[count];
    for (int i = 0; i < count; i++) {
      order[i] = i;
    }
    Arrays.sort(
        order,
        (x, y) -> {
          int sx = dCount[x] + rCount[x];
          int sy = dCount[y] + rCount[y];
          return sx != sy ? Integer.compare(sy, sx) : Integer.compare(firstDemand[x], firstDemand[y]);
        });
    int[] rank = new int[count];
    for (int i = 0; i < count; i++) {
      rank[order[i]] = i;
    }
    int[] demandStart = new int[count + 1];
    int[] resourceStart = new int[count + 1];
    for (int i = 0; i < count; i++) {
      demandStart[rank[i] + 1] = dCount[i];
      resourceStart[rank[i] + 1] = rCount[i];
    }
    for (int i = 0; i < count; i++) {
      demandStart[i + 1] += demandStart[i];
      resourceStart[i + 1] += resourceStart[i];
    }
    int[] demands = new int[demandStart[count]];
    int[] resources = new int[resourceStart[count]];
    int[] fd = Arrays.copyOf(demandStart, count);
    int[] fr = Arrays.copyOf(resourceStart, count);
    for (int d = 0; d < nD; d++) {
      if (cp.start[d] != cp.start[d + 1]) {
        demands[fd[rank[compOf[find(parent, d)]]]++] = d;
      }
    }
    for (int r = 0; r < cp.nR; r++) {
      int c = compOf[find(parent, nD + r)];
      if (c >= 0) {
        resources[fr[rank[c]]++] = r;
      }
    }
    return new Components(count, demandStart, demands, resourceStart, resources);
  }

  private static int find(int[] parent, int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  int[] demandsOf(int c) {
    return Arrays.copyOfRange(demands, demandStart[c], demandStart[c + 1]);
  }

  int[] resourcesOf(int c) {
    return Arrays.copyOfRange(resources, resourceStart[c], resourceStart[c + 1]);
  }
}
