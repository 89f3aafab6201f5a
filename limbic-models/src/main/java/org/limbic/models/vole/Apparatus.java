package org.limbic.models.vole;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.limbic.abm.Point;

/**
 * A cage or apparatus as chambers in a row along x, joined by doors at mid-height: the three-chamber
 * partner preference apparatus, a home cage, the multi-chamber group habitat. Dimensions in cm
 * (assumed: typical of Beery 2021, Curr Protoc 1:e217 and of standard rodent cages).
 *
 * @param edges x of the chamber walls, from 0 to the width (chambers + 1 values)
 */
record Apparatus(String name, double[] edges, double height, List<Point> tethers) {

  Apparatus {
    edges = edges.clone();
    tethers = List.copyOf(tethers);
  }

  /** Three 25 × 20 cm chambers; the partner is tethered in the left one, the stranger in the right one. */
  static Apparatus threeChamber() {
    return new Apparatus("three-chamber apparatus", new double[] {0, 25, 50, 75}, 20,
        List.of(new Point(4, 10), new Point(71, 10)));
  }

  /** A 45 × 25 cm home cage. */
  static Apparatus homeCage() {
    return new Apparatus("home cage", new double[] {0, 45}, 25, List.of());
  }

  /** {@code chambers} 30 × 20 cm cages joined by tubes (assumed layout of the group habitat). */
  static Apparatus groupHabitat(int chambers) {
    double[] e = new double[chambers + 1];
    for (int i = 0; i <= chambers; i++) {
      e[i] = 30.0 * i;
    }
    return new Apparatus("group habitat (" + chambers + " chambers)", e, 20, List.of());
  }

  /** A 40 × 20 cm neutral arena for resident-stranger encounters. */
  static Apparatus neutralArena() {
    return new Apparatus("neutral arena", new double[] {0, 40}, 20, List.of());
  }

  double width() {
    return edges[edges.length - 1];
  }

  int chambers() {
    return edges.length - 1;
  }

  int chamberOf(Point p) {
    for (int i = 1; i < edges.length - 1; i++) {
      if (p.x() < edges[i]) {
        return i - 1;
      }
    }
    return edges.length - 2;
  }

  /** Where to head next on the way from {@code from} to {@code to}: the door towards it, or the goal itself. */
  Point nextWaypoint(Point from, Point to) {
    int a = chamberOf(from);
    int b = chamberOf(to);
    if (a == b) {
      return to;
    }
    double doorY = height / 2;
    if (Math.abs(from.y() - doorY) > 1.5) {
      double wall = a < b ? edges[a + 1] - 1 : edges[a] + 1;
      return new Point(wall, doorY);
    }
    return a < b ? new Point(edges[a + 1] + 1, doorY) : new Point(edges[a] - 1, doorY);
  }

  /** A random point in the chamber {@code chamber}, 1 cm off the walls. */
  Point randomPoint(int chamber, SplittableRandom random) {
    double x0 = edges[chamber] + 1;
    double x1 = edges[chamber + 1] - 1;
    return new Point(x0 + random.nextDouble() * (x1 - x0), 1 + random.nextDouble() * (height - 2));
  }

  /**
   * The walls as one polyline (x row, y row) that retraces along the outer walls between the inner
   * ones, so a plot can draw it as a single line with gaps only at the doors.
   */
  double[][] walls() {
    List<double[]> pts = new ArrayList<>();
    double gap = 2.5;
    double mid = height / 2;
    pts.add(new double[] {0, 0});
    for (int i = 1; i < edges.length - 1; i++) {
      pts.add(new double[] {edges[i], 0});
      pts.add(new double[] {edges[i], mid - gap});
      pts.add(new double[] {edges[i], 0});
    }
    pts.add(new double[] {width(), 0});
    pts.add(new double[] {width(), height});
    for (int i = edges.length - 2; i >= 1; i--) {
      pts.add(new double[] {edges[i], height});
      pts.add(new double[] {edges[i], mid + gap});
      pts.add(new double[] {edges[i], height});
    }
    pts.add(new double[] {0, height});
    pts.add(new double[] {0, 0});
    double[][] xy = new double[2][pts.size()];
    for (int k = 0; k < pts.size(); k++) {
      xy[0][k] = pts.get(k)[0];
      xy[1][k] = pts.get(k)[1];
    }
    return xy;
  }
}
