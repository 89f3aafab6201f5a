package org.limbic.abm;

/** A position on a plane (units are the space's, e.g. cm). */
public record Point(double x, double y) {

  public double distance(Point o) {
    return Math.hypot(x - o.x, y - o.y);
  }

  /** The point {@code step} along the line towards {@code target}, or the target if it is closer. */
  public Point toward(Point target, double step) {
    double d = distance(target);
    if (d <= step || d == 0) {
      return target;
    }
    double f = step / d;
    return new Point(x + (target.x - x) * f, y + (target.y - y) * f);
  }
}
