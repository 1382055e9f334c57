package org.grassroots.governance.grid;

import static java.util.Objects.requireNonNull;
import static org.grassroots.governance.grid.Messages.f;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.validation.Violation;
import org.grassroots.governance.validation.Violations;
import org.jspecify.annotations.Nullable;

/**
 * The checking and laying-out half of {@link GridHierarchy.Builder}: entries are kept in primitive
 * arrays (a national hierarchy has millions of buildings), sorted once, checked all at once.
 */
final class HierarchyAssembler {
  private static final long REPORTED = -1L;
  private static final int MAX_DIVISIONS = (1 << 23) - 1;

  private long[] dCode = new long[1024];
  private long[] dParent = new long[1024];
  private final List<String> dName = new ArrayList<>();
  private int dCount;

  private long[] gCode = new long[1024];
  private long[] gParent = new long[1024];
  private @Nullable String @Nullable [] gName;
  private int gCount;

  private long[] bGrid = new long[1024];
  private short[] bSeq = new short[1024];
  private int bCount;
  /** Buildings whose declared parent differs from the grid their code names (or was reported). */
  private final Map<Integer, Long> bDeclared = new HashMap<>();

  private final List<Violation> early = new ArrayList<>();

  void addDivision(long code, long parent, String name) {
    if (dCount == dCode.length) {
      dCode = Arrays.copyOf(dCode, dCount * 2);
      dParent = Arrays.copyOf(dParent, dCount * 2);
    }
    dCode[dCount] = code;
    dParent[dCount] = parent;
    dName.add(name);
    dCount++;
  }

  void earlyDivision(long code, String name, Violation v) {
    early.add(v.under("divisions[" + dCount + "]"));
    addDivision(code, REPORTED, name);
  }

  void addGrid(long code, long parent, @Nullable String name) {
    if (gCount == gCode.length) {
      gCode = Arrays.copyOf(gCode, gCount * 2);
      gParent = Arrays.copyOf(gParent, gCount * 2);
      if (gName != null) {
        gName = Arrays.copyOf(gName, gCount * 2);
      }
    }
    gCode[gCount] = code;
    gParent[gCount] = parent;
    if (name != null) {
      if (gName == null) {
        gName = new String[gCode.length];
      }
      gName[gCount] = name;
    }
    gCount++;
  }

  void earlyGrid(Violation v) {
    early.add(v.under("grids[" + gCount + "]"));
    addGrid(0L, REPORTED, null);
  }

  void addBuilding(long grid, int seq, long declaredGrid) {
    if (bCount == bGrid.length) {
      bGrid = Arrays.copyOf(bGrid, bCount * 2);
      bSeq = Arrays.copyOf(bSeq, bCount * 2);
    }
    bGrid[bCount] = grid;
    bSeq[bCount] = (short) seq;
    if (declaredGrid != grid) {
      bDeclared.put(bCount, declaredGrid);
    }
    bCount++;
  }

  void earlyBuilding(Violation v) {
    early.add(v.under("buildings[" + bCount + "]"));
    bDeclared.put(bCount, REPORTED);
    addBuilding(0L, 0, 0L);
  }

  private static String code12(long c) {
    return String.format(java.util.Locale.ROOT, "%012d", c);
  }

  private static String code16(long c) {
    return String.format(java.util.Locale.ROOT, "%016d", c);
  }

  private static String code20(long grid, int seq) {
    return String.format(java.util.Locale.ROOT, "%016d%04d", grid, seq);
  }

  GridHierarchy build() {
    Violations v = Violations.of(Messages.TYPE);
    early.forEach(v::add);
    if (dCount > MAX_DIVISIONS) {
      v.check(false, "divisions", dCount, f(Messages.TOO_MANY, "divisions", MAX_DIVISIONS));
      v.throwIfAny();
    }
    // 1. divisions: sort by code, find duplicates
    long[] keys = new long[dCount];
    for (int i = 0; i < dCount; i++) {
      keys[i] = (dCode[i] << 23) | i;
    }
    Arrays.sort(keys);
    long[] uCode = new long[dCount];
    int[] uOrig = new int[dCount];
    int u = 0;
    for (int j = 0; j < dCount; j++) {
      long code = keys[j] >>> 23;
      int orig = (int) (keys[j] & MAX_DIVISIONS);
      if (u > 0 && uCode[u - 1] == code) {
        v.check(
            false,
            "divisions[" + orig + "].code",
            code12(code),
            f(Messages.DUPLICATE, "divisions[" + uOrig[u - 1] + "]"));
        continue;
      }
      uCode[u] = code;
      uOrig[u] = orig;
      u++;
    }
    for (int i = 0; i < dCount; i++) {
      if (dName.get(i).isBlank() && dParent[i] != REPORTED) {
        v.check(false, "divisions[" + i + "].name", dName.get(i), Messages.NAME_BLANK);
      }
    }
    // 2. parents: resolve, check level, prefix and nearest ancestor
    int[] uParent = new int[u];
    for (int j = 0; j < u; j++) {
      long code = uCode[j];
      int orig = uOrig[j];
      long declared = dParent[orig];
      uParent[j] = -1;
      if (declared == REPORTED) {
        continue;
      }
      String path = "divisions[" + orig + "].parent";
      HierarchyLevel level = Skeleton.levelOf(code);
      long nearest = 0;
      for (int l = level.ordinal() - 1; l >= 0 && nearest == 0; l--) {
        long t = Skeleton.truncate(code, HierarchyLevel.ofOrdinal(l));
        if (t != code && find(uCode, u, t) >= 0) {
          nearest = t;
        }
      }
      if (declared == 0) {
        v.check(nearest == 0, path, null, f(Messages.ROOT_HAS_ANCESTOR, code12(nearest)));
        continue;
      }
      int p = find(uCode, u, declared);
      if (p < 0) {
        v.check(false, path, code12(declared), f(Messages.MISSING_PARENT, code12(declared)));
        continue;
      }
      uParent[j] = p;
      HierarchyLevel pl = Skeleton.levelOf(declared);
      if (pl.compareTo(level) >= 0) {
        v.check(
            false,
            path,
            code12(declared),
            f(Messages.NOT_DEEPER, level, code12(declared), pl));
      } else if (Skeleton.truncate(code, pl) != declared) {
        v.check(
            false,
            path,
            code12(declared),
            f(Messages.NOT_UNDER_PREFIX, code12(code), nativeOf(declared)));
      } else if (nearest != declared) {
        v.check(false, path, code12(declared), f(Messages.NOT_NEAREST, code12(declared), code12(nearest)));
      }
    }
    reportCycles(uCode, uOrig, uParent, u, v);
    // 3. grids
    int idxBits = 64 - Long.numberOfLeadingZeros(Math.max(1, Math.max(gCount, bCount)));
    int gridKeyBits = 64 - Long.numberOfLeadingZeros(Math.max(1, (long) u * 10_000L));
    if (gridKeyBits + idxBits > 63) {
      v.check(false, "grids", gCount, f(Messages.TOO_MANY, "grids and buildings", 1L << (63 - gridKeyBits)));
      v.throwIfAny();
    }
    long[] gKeys = new long[gCount];
    int gk = 0;
    for (int i = 0; i < gCount; i++) {
      long declared = gParent[i];
      if (declared == REPORTED) {
        continue;
      }
      long code = gCode[i];
      long community = code / 10_000L;
      String path = "grids[" + i + "].parent";
      if (declared != community) {
        int dp = find(uCode, u, declared);
        if (dp < 0) {
          v.check(false, path, code12(declared), f(Messages.MISSING_PARENT, code12(declared)));
        } else if (Skeleton.levelOf(declared) != HierarchyLevel.COMMUNITY) {
          v.check(
              false,
              path,
              code12(declared),
              f(Messages.GRID_PARENT_NOT_COMMUNITY, code16(code), code12(declared), Skeleton.levelOf(declared)));
        } else {
          v.check(false, path, code12(declared), f(Messages.GRID_OUTSIDE, code16(code), code12(declared)));
        }
        continue;
      }
      int c = find(uCode, u, community);
      if (c < 0) {
        v.check(false, path, code12(community), f(Messages.MISSING_PARENT, code12(community)));
        continue;
      }
      gKeys[gk++] = (((long) c * 10_000L + code % 10_000L) << idxBits) | i;
    }
    long[] sortedG = Arrays.copyOf(gKeys, gk);
    Arrays.sort(sortedG);
    long mask = (1L << idxBits) - 1;
    long[] uGridKey = new long[gk]; // community index * 10000 + seq
    int[] uGridOrig = new int[gk];
    int ug = 0;
    for (int j = 0; j < gk; j++) {
      long key = sortedG[j] >>> idxBits;
      int orig = (int) (sortedG[j] & mask);
      if (ug > 0 && uGridKey[ug - 1] == key) {
        v.check(
            false,
            "grids[" + orig + "].code",
            code16(gCode[orig]),
            f(Messages.DUPLICATE, "grids[" + uGridOrig[ug - 1] + "]"));
        continue;
      }
      uGridKey[ug] = key;
      uGridOrig[ug] = orig;
      ug++;
    }
    // 4. buildings
    int ordBits = 64 - Long.numberOfLeadingZeros(Math.max(1, ug));
    if (ordBits + 14 + idxBits > 63) {
      v.check(false, "buildings", bCount, f(Messages.TOO_MANY, "buildings", 1L << (63 - ordBits - 14)));
      v.throwIfAny();
    }
    long[] bKeys = new long[bCount];
    int bk = 0;
    long lastGrid = Long.MIN_VALUE;
    int lastOrd = -1;
    List<Integer> declaredElsewhere = new ArrayList<>();
    for (int i = 0; i < bCount; i++) {
      Long declared = bDeclared.isEmpty() ? null : bDeclared.get(i);
      if (declared != null) {
        if (declared != REPORTED) {
          declaredElsewhere.add(i);
        }
        continue;
      }
      long grid = bGrid[i];
      if (grid != lastGrid) {
        lastGrid = grid;
        lastOrd = gridOrdinal(grid, uCode, u, uGridKey, ug);
      }
      if (lastOrd < 0) {
        v.check(false, "buildings[" + i + "].parent", code16(grid), f(Messages.MISSING_PARENT, code16(grid)));
        continue;
      }
      bKeys[bk++] = ((((long) lastOrd << 14) | bSeq[i]) << idxBits) | i;
    }
    long[] sortedB = Arrays.copyOf(bKeys, bk);
    if (!isSorted(sortedB)) {
      Arrays.sort(sortedB);
    }
    int ub = 0;
    long[] uBKey = new long[bk];
    int[] uBOrig = new int[bk];
    for (int j = 0; j < bk; j++) {
      long key = sortedB[j] >>> idxBits;
      int orig = (int) (sortedB[j] & mask);
      if (ub > 0 && uBKey[ub - 1] == key) {
        v.check(
            false,
            "buildings[" + orig + "].code",
            code20(bGrid[orig], bSeq[orig]),
            f(Messages.DUPLICATE, "buildings[" + uBOrig[ub - 1] + "]"));
        continue;
      }
      uBKey[ub] = key;
      uBOrig[ub] = orig;
      ub++;
    }
    for (int i : declaredElsewhere) {
      long grid = bGrid[i];
      long declared = requireNonNull(bDeclared.get(i), "declared");
      String path = "buildings[" + i + "].parent";
      int ord = gridOrdinal(grid, uCode, u, uGridKey, ug);
      int at = ord < 0 ? -1 : Arrays.binarySearch(uBKey, 0, ub, ((long) ord << 14) | bSeq[i]);
      if (at >= 0) {
        v.check(
            false,
            path,
            code16(declared),
            f(Messages.TWO_GRIDS, code20(grid, bSeq[i]), code16(grid), "buildings[" + uBOrig[at] + "]", code16(declared)));
      } else if (gridOrdinal(declared, uCode, u, uGridKey, ug) < 0) {
        v.check(false, path, code16(declared), f(Messages.MISSING_PARENT, code16(declared)));
      } else {
        v.check(
            false,
            path,
            code16(declared),
            f(Messages.NOT_UNDER_PREFIX, code20(grid, bSeq[i]), code16(declared)));
      }
    }
    v.throwIfAny();
    return assemble(uCode, uOrig, uParent, u, uGridKey, uGridOrig, ug, uBKey, ub);
  }

  private static boolean isSorted(long[] a) {
    for (int i = 1; i < a.length; i++) {
      if (a[i - 1] > a[i]) {
        return false;
      }
    }
    return true;
  }

  private static String nativeOf(long division) {
    return Skeleton.division(division).nativeCode();
  }

  private static int find(long[] sorted, int n, long key) {
    int i = Arrays.binarySearch(sorted, 0, n, key);
    return i < 0 ? -1 : i;
  }

  private static int gridOrdinal(long grid, long[] uCode, int u, long[] uGridKey, int ug) {
    int c = find(uCode, u, grid / 10_000L);
    if (c < 0) {
      return -1;
    }
    int i = Arrays.binarySearch(uGridKey, 0, ug, (long) c * 10_000L + grid % 10_000L);
    return i < 0 ? -1 : i;
  }

  private static void reportCycles(long[] uCode, int[] uOrig, int[] uParent, int u, Violations v) {
    byte[] state = new byte[u]; // 0 new, 1 on the current walk, 2 done
    int[] walk = new int[u];
    for (int start = 0; start < u; start++) {
      if (state[start] != 0) {
        continue;
      }
      int len = 0;
      int x = start;
      while (x >= 0 && state[x] == 0) {
        state[x] = 1;
        walk[len++] = x;
        x = uParent[x];
      }
      if (x >= 0 && state[x] == 1) {
        StringBuilder sb = new StringBuilder();
        int first = -1;
        int minOrig = Integer.MAX_VALUE;
        for (int i = 0; i < len; i++) {
          if (walk[i] == x) {
            first = i;
          }
          if (first >= 0) {
            sb.append(code12(uCode[walk[i]])).append(" -> ");
            minOrig = Math.min(minOrig, uOrig[walk[i]]);
          }
        }
        sb.append(code12(uCode[x]));
        v.check(false, "divisions[" + minOrig + "].parent", null, f(Messages.CYCLE, sb));
      }
      for (int i = 0; i < len; i++) {
        state[walk[i]] = 2;
      }
    }
  }

  private GridHierarchy assemble(
      long[] uCode,
      int[] uOrig,
      int[] uParent,
      int u,
      long[] uGridKey,
      int[] uGridOrig,
      int ug,
      long[] uBKey,
      int ub) {
    long[] code = new long[u + 1];
    int[] parent = new int[u + 1];
    byte[] kind = new byte[u + 1];
    String[] name = new String[u + 1];
    parent[0] = -1;
    name[0] = "";
    for (int j = 0; j < u; j++) {
      code[j + 1] = uCode[j];
      parent[j + 1] = uParent[j] + 1; // roots (-1) become children of the nation (0)
      String nm = dName.get(uOrig[j]);
      name[j + 1] = nm;
      kind[j + 1] = (byte) NodeKind.classify(Skeleton.division(uCode[j]), nm).ordinal();
    }
    Skeleton sk = Skeleton.of(code, parent, kind, name);
    CommunityBlock[] blocks = new CommunityBlock[u + 1];
    Arrays.fill(blocks, CommunityBlock.EMPTY);
    int b = 0;
    int g = 0;
    while (g < ug) {
      int c = (int) (uGridKey[g] / 10_000L);
      int gEnd = g;
      while (gEnd < ug && uGridKey[gEnd] / 10_000L == c) {
        gEnd++;
      }
      int grids = gEnd - g;
      int[] gridSeq = new int[grids];
      int[] buildingStart = new int[grids + 1];
      @Nullable String @Nullable [] names = null;
      int bFrom = b;
      for (int k = 0; k < grids; k++) {
        gridSeq[k] = (int) (uGridKey[g + k] % 10_000L);
        if (gName != null && gName[uGridOrig[g + k]] != null) {
          if (names == null) {
            names = new String[grids];
          }
          names[k] = gName[uGridOrig[g + k]];
        }
        buildingStart[k] = b - bFrom;
        while (b < ub && (uBKey[b] >>> 14) == g + k) {
          b++;
        }
      }
      buildingStart[grids] = b - bFrom;
      short[] seqs = new short[b - bFrom];
      for (int i = bFrom; i < b; i++) {
        seqs[i - bFrom] = (short) (uBKey[i] & 0x3FFF);
      }
      blocks[c + 1] = new CommunityBlock(gridSeq, buildingStart, seqs, names);
      g = gEnd;
    }
    return new GridHierarchy(sk, blocks);
  }
}
