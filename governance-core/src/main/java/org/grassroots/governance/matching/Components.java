package org.grassroots.governance.matching;

import java.util.Arrays;

/**
 * The connected components of the candidate graph (union-find over the resources with path
 * halving and union by size, O(pairs · α)), each as ascending demand and resource index lists,
 * largest first (ties by smallest demand index), so the order never depends on threads or
 * hashing.
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
    int nR = cp.nR;
    // union-find over the resources only: a demand joins its resources into one set
    int[] parent = new int[nR];
    int[] size = new int[nR];
    for (int r = 0; r < nR; r++) {
      parent[r] = r;
      size[r] = 1;
    }
    for (int d = 0; d < nD; d++) {
      int s = cp.start[d];
      int end = cp.start[d + 1];
      if (s == end) {
        continue;
      }
      int x = find(parent, cp.res[s]);
      for (int e = s + 1; e < end; e++) {
        int y = find(parent, cp.res[e]);
        if (x != y) {
          if (size[x] < size[y]) {
            int t = x;
            x = y;
            y = t;
          }
          parent[y] = x;
          size[x] += size[y];
        }
      }
    }
    int[] root = new int[nR];
    for (int r = 0; r < nR; r++) {
      root[r] = find(parent, r);
    }
    // component ids in order of their first demand (only sets that hold a demand count)
    int most = Math.min(nD, nR);
    int[] compOfRoot = new int[nR];
    Arrays.fill(compOfRoot, -1);
    int[] demandComp = new int[nD];
    int[] firstDemand = new int[most];
    int[] dCount = new int[most];
    int count = 0;
    for (int d = 0; d < nD; d++) {
      if (cp.start[d] == cp.start[d + 1]) {
        demandComp[d] = -1;
        continue;
      }
      int rt = root[cp.res[cp.start[d]]];
      int c = compOfRoot[rt];
      if (c < 0) {
        c = count++;
        compOfRoot[rt] = c;
        firstDemand[c] = d;
      }
      demandComp[d] = c;
      dCount[c]++;
    }
    int[] rCount = new int[count];
    for (int r = 0; r < nR; r++) {
      int c = compOfRoot[root[r]];
      if (c >= 0) {
        rCount[c]++;
      }
    }
    // order: largest first, ties by first demand (one primitive key per component)
    long[] keys = new long[count];
    for (int i = 0; i < count; i++) {
      long members = (long) dCount[i] + rCount[i];
      keys[i] = ((Integer.MAX_VALUE - members) << 32) | firstDemand[i];
    }
    Arrays.sort(keys);
    int[] rank = new int[count];
    for (int i = 0; i < count; i++) {
      rank[demandComp[(int) keys[i]]] = i;
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
      int c = demandComp[d];
      if (c >= 0) {
        demands[fd[rank[c]]++] = d;
      }
    }
    for (int r = 0; r < nR; r++) {
      int c = compOfRoot[root[r]];
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
