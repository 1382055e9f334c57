package org.grassroots.governance.bench.grid;

import java.util.Locale;
import org.grassroots.governance.grid.GridHierarchy;
import org.grassroots.governance.grid.NodePositions;
import org.jgrapht.Graph;
import org.jgrapht.alg.lca.BinaryLiftingLCAFinder;
import org.jgrapht.alg.lca.EulerTourRMQLCAFinder;
import org.jgrapht.graph.DefaultEdge;

/**
 * Build time and retained heap, measured in a JVM of its own (started by {@link GridBenchSuite})
 * so that nothing else lives on its heap. Prints {@code name value} lines.
 *
 * <ul>
 *   <li>{@code build N}: seconds to read the national table (gzip), attach synthetic grids and
 *       buildings up to N nodes, build (check) the hierarchy and its positions view; retained MiB
 *       after a full GC. The list of communities the generator spreads grids over is read before
 *       the clock starts and stays on the heap during both measurements.
 *   <li>{@code lcaheap N}: retained MiB of our hierarchy with its positions, of JGraphT's graph
 *       with an {@code EulerTourRMQLCAFinder}, and of the graph with a
 *       {@code BinaryLiftingLCAFinder}, on the same N-node tree.
 * </ul>
 */
public final class HeapProbe {
  private HeapProbe() {}

  static long used() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 4; i++) {
      System.gc();
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return rt.totalMemory() - rt.freeMemory();
  }

  static double mib(long bytes) {
    return bytes / (1024.0 * 1024.0);
  }

  static void print(String name, double value) {
    System.out.println(String.format(Locale.ROOT, "%s %.3f", name, value));
  }

  public static void main(String[] args) throws Exception {
    int n = Integer.parseInt(args[1]);
    long[] communities = NationalTrees.communities();
    long before = used();
    if (args[0].equals("build")) {
      long t0 = System.nanoTime();
      GridHierarchy h = NationalTrees.build(n, communities);
      NodePositions pos = h.positions();
      double seconds = (System.nanoTime() - t0) / 1e9;
      long after = used();
      print("nodes", pos.size());
      print("build_seconds", seconds);
      print("build_heap_mib", mib(after - before));
      System.out.println("keep " + h.size() + " " + pos.size() + " " + communities.length);
    } else {
      GridHierarchy h = NationalTrees.build(n, communities);
      NodePositions pos = h.positions();
      long ours = used();
      print("lca_heap_mib_ours", mib(ours - before));
      Graph<Integer, DefaultEdge> g = LcaBenchmark.jgraphtTree(pos);
      long graph = used();
      EulerTourRMQLCAFinder<Integer, DefaultEdge> euler = new EulerTourRMQLCAFinder<>(g, LcaBenchmark.NATION);
      euler.getLCA(0, 1);
      long withEuler = used();
      print("lca_heap_mib_jgrapht_eulertour", mib(withEuler - ours));
      euler = null;
      long withoutEuler = used();
      BinaryLiftingLCAFinder<Integer, DefaultEdge> lifting = new BinaryLiftingLCAFinder<>(g, LcaBenchmark.NATION);
      lifting.getLCA(0, 1);
      long withLifting = used();
      print("lca_heap_mib_jgrapht_binarylifting", mib(withLifting - withoutEuler + (graph - ours)));
      System.out.println("keep " + h.size() + " " + g.vertexSet().size() + " " + lifting.getLCA(0, 0) + " " + communities.length);
    }
  }
}
