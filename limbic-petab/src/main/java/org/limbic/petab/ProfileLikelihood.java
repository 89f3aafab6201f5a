package org.limbic.petab;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Profile likelihoods (Raue et al. 2009, Bioinformatics 25:1923): for each estimated parameter θ_j,
 * PL(θ_j) = max over the other parameters of the log-likelihood, traced from the best fit outwards
 * in both directions on θ_j's estimation scale (lin, log, log10), each point re-optimized from the
 * previous one (warm start; {@link BoundedMaximizer}, the fit's BOBYQA).
 *
 * <p>The 95 % confidence interval is where the profile stays within {@link #THRESHOLD} = χ²(1,
 * 0.95) / 2 = 1.920729 of the optimum, in log-likelihood units (the same as 3.841459 in −2 log L).
 * Each side ends when the profile crosses it (the crossing interpolated linearly between the last
 * point below and the first above), at the bound, or when its step budget is spent.
 *
 * <p>The step adapts as in Data2Dynamics and pyPESTO: it aims at a change of {@link #TARGET_CHANGE}
 * in llh per step (a tenth of the threshold, so about ten points reach it, and the crossing is
 * interpolated between points at most {@link #MAX_CHANGE} apart); a step that changes the llh by more
 * than that is taken again, shorter; after each accepted step the step grows or shrinks by the ratio
 * of the target to the change (at most ×2, at least ×½).
 *
 * <p>Each side of each parameter is a task of its own, computed from the optimum only: the profiles
 * are the same on any thread count.
 *
 * <p>The objective is the fit's ({@link MultistartFit}): where the parameter table gives objective
 * priors, they are added, and the profiles are those of the log-posterior.
 */
public final class ProfileLikelihood {

  /** The 0.95 quantile of χ² with one degree of freedom (Wilks' theorem for one profiled parameter). */
  public static final double CHI2_1_95 = 3.841458820694124;
  /** The confidence threshold in log-likelihood units: χ²(1, 0.95) / 2. */
  public static final double THRESHOLD = CHI2_1_95 / 2;
  /** The llh change a step aims at. */
  static final double TARGET_CHANGE = 0.1 * THRESHOLD;
  /** A step that changes the llh by more is retried shorter (unless it is already the shortest). */
  static final double MAX_CHANGE = 0.25 * THRESHOLD;
  /**
   * A profile whose llh stays within this of the optimum over the parameter's whole range is
   * structurally flat. 0.01 is ten times {@link BoundedMaximizer#ROUND_GAIN}, the accuracy to which
   * each re-optimization finds the profile (an exactly flat profile wanders by about that much),
   * and 0.5 % of the threshold: the data hold no information on the parameter at all.
   */
  public static final double FLAT_TOLERANCE = 0.01;
  /** A profile point more than this above the start's llh means the start was not the optimum. */
  public static final double BETTER_OPTIMUM = 1e-3;

  /**
   * How far and how finely to trace: at most {@code maxStepsPerSide} re-optimizations a side
   * (rejected steps count), each of at most {@code maxEvaluationsPerStep} evaluations, with BOBYQA's
   * initial trust region {@code radius} (scale units; small, as each start is near its optimum), and
   * the first step a fraction {@code firstStep} of the parameter's range.
   */
  public record Settings(int maxStepsPerSide, int maxEvaluationsPerStep, double radius, double firstStep) {
    public static final Settings DEFAULTS = new Settings(100, 2000, 0.1, 1e-3);

    public Settings {
      if (maxStepsPerSide < 1 || maxEvaluationsPerStep < 1 || !(radius > 0) || !(firstStep > 0 && firstStep <= 0.1)) {
        throw new IllegalArgumentException("profile settings: steps and evaluations at least 1, radius > 0, first step in"
            + " (0, 0.1] of the range; got " + maxStepsPerSide + ", " + maxEvaluationsPerStep + ", " + radius + ", " + firstStep);
      }
    }

    public Settings withMaxStepsPerSide(int steps) {
      return new Settings(steps, maxEvaluationsPerStep, radius, firstStep);
    }
  }

  /** A point of a profile: every estimated parameter on its scale (the profiled one fixed), its llh and cost. */
  public record Point(double[] scaled, double llh, int evaluations) {
  }

  /** Why a side of a profile ended. */
  public enum End {
    /** the profile rose above the threshold */
    CROSSED,
    /** the parameter's bound was reached below the threshold */
    BOUND,
    /** the steps of the side were spent below the threshold */
    BUDGET,
    /** the model could not be simulated at the shortest step */
    FAILED;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** One direction from the optimum: its points outwards, how it ended, where it crossed (scale; NaN if not). */
  public record Side(List<Point> points, End end, double crossing, int evaluations, double seconds) {
    public Side {
      points = List.copyOf(points);
    }
  }

  public enum Verdict {
    IDENTIFIABLE("identifiable"),
    PRACTICALLY_NON_IDENTIFIABLE("practically non-identifiable"),
    STRUCTURALLY_FLAT("structurally flat");

    private final String label;

    Verdict(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** The profile of one parameter: the optimum it starts from and its two sides. */
  public record Profile(PetabParameter parameter, int index, Point optimum, Side lower, Side upper) {

    public Verdict verdict() {
      if (lower.end() == End.CROSSED && upper.end() == End.CROSSED) {
        return Verdict.IDENTIFIABLE;
      }
      if (lower.end() == End.BOUND && upper.end() == End.BOUND && maxDrop() < FLAT_TOLERANCE) {
        return Verdict.STRUCTURALLY_FLAT;
      }
      return Verdict.PRACTICALLY_NON_IDENTIFIABLE;
    }

    /** The verdict with the open side, e.g. "practically non-identifiable (open above)". */
    public String description() {
      return switch (verdict()) {
        case IDENTIFIABLE, STRUCTURALLY_FLAT -> verdict().label();
        case PRACTICALLY_NON_IDENTIFIABLE -> verdict().label() + " (open " + switch (open()) {
          case "both" -> "on both sides";
          case "lower" -> "below";
          default -> "above";
        } + ")";
      };
    }

    /** The sides the profile does not close: none, lower, upper or both. */
    public String open() {
      boolean lo = lower.end() != End.CROSSED;
      boolean hi = upper.end() != End.CROSSED;
      return lo && hi ? "both" : lo ? "lower" : hi ? "upper" : "none";
    }

    /** The confidence interval's lower end on the parameter's scale; -inf where the profile is open below. */
    public double ciLowScaled() {
      return lower.end() == End.CROSSED ? lower.crossing() : Double.NEGATIVE_INFINITY;
    }

    public double ciHighScaled() {
      return upper.end() == End.CROSSED ? upper.crossing() : Double.POSITIVE_INFINITY;
    }

    public double ciLow() {
      return parameter.scale().toLinear(ciLowScaled());
    }

    public double ciHigh() {
      return parameter.scale().toLinear(ciHighScaled());
    }

    /** Every point, the optimum included, in increasing order of the parameter. */
    public List<Point> points() {
      List<Point> all = new ArrayList<>(lower.points().reversed());
      all.add(optimum);
      all.addAll(upper.points());
      return all;
    }

    /** The largest fall of the llh below the optimum's along the profile. */
    public double maxDrop() {
      return points().stream().mapToDouble(p -> optimum.llh() - p.llh()).max().orElse(0);
    }

    /** The best point of the profile, if it beats the optimum by more than {@link #BETTER_OPTIMUM}. */
    public java.util.Optional<Point> betterPoint() {
      return points().stream().filter(p -> p.llh() > optimum.llh() + BETTER_OPTIMUM)
          .max(java.util.Comparator.comparingDouble(Point::llh));
    }

    public int evaluations() {
      return lower.evaluations() + upper.evaluations();
    }

    /** The time of both sides' tasks (wall clock each, summed). */
    public double seconds() {
      return lower.seconds() + upper.seconds();
    }
  }

  private final MultistartFit fit;
  private final List<PetabParameter> estimated;
  private final PetabObjective objective;

  public ProfileLikelihood(PetabProblem problem) {
    this.fit = new MultistartFit(problem);
    this.estimated = fit.estimated();
    this.objective = new PetabObjective(problem);
  }

  /** The estimated parameters, in the order of the optimum's vector. */
  public List<PetabParameter> estimated() {
    return estimated;
  }

  /**
   * The profile of every estimated parameter from {@code optimum} (linear values in the order of
   * {@link #estimated()}), on {@code threads} threads; the profiles in that order.
   */
  public List<Profile> run(double[] optimum, int threads, Settings settings) {
    if (optimum.length != estimated.size() || threads < 1) {
      throw new IllegalArgumentException("the optimum needs " + estimated.size() + " values, got " + optimum.length
          + "; threads at least 1, got " + threads);
    }
    double[] x = new double[optimum.length];
    for (int j = 0; j < x.length; j++) {
      PetabParameter p = estimated.get(j);
      if (!(optimum[j] >= p.lowerBound() && optimum[j] <= p.upperBound())) {
        throw new IllegalArgumentException(p.id() + " = " + optimum[j] + " is outside its bounds [" + p.lowerBound() + ", "
            + p.upperBound() + "]; profiles start from a fit within the bounds");
      }
      x[j] = p.scale().toScale(optimum[j]);
    }
    Point start = new Point(x, fit.llh(x, objective), 1);
    if (!Double.isFinite(start.llh())) {
      throw new IllegalArgumentException("the model cannot be simulated at the optimum given; profiles need a finite llh there");
    }
    try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
      List<Future<Side>> sides = new ArrayList<>();
      for (int j = 0; j < x.length; j++) {
        for (int direction : new int[] {-1, 1}) {
          int index = j;
          sides.add(pool.submit(() -> side(start, index, direction, settings)));
        }
      }
      List<Profile> out = new ArrayList<>();
      for (int j = 0; j < x.length; j++) {
        out.add(new Profile(estimated.get(j), j, start, sides.get(2 * j).get(), sides.get(2 * j + 1).get()));
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("the profiles were interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a profile failed: " + e.getCause(), e.getCause());
    }
  }

  /** One side of parameter {@code j}'s profile, in {@code direction} (-1 down, +1 up) from {@code start}. */
  private Side side(Point start, int j, int direction, Settings settings) {
    long begin = System.nanoTime();
    PetabParameter p = estimated.get(j);
    double lo = p.scale().toScale(p.lowerBound());
    double hi = p.scale().toScale(p.upperBound());
    double range = hi - lo;
    double step = settings.firstStep() * range;
    double shortest = 1e-6 * range;
    double longest = 0.1 * range;
    List<Point> points = new ArrayList<>();
    Point previous = start;
    int evaluations = 0;
    End end = null;
    double crossing = Double.NaN;
    for (int attempt = 0; end == null; attempt++) {
      double at = previous.scaled()[j];
      if (direction < 0 ? at <= lo : at >= hi) {
        end = End.BOUND;
        break;
      }
      if (attempt >= settings.maxStepsPerSide()) {
        end = End.BUDGET;
        break;
      }
      double next = Math.min(hi, Math.max(lo, at + direction * step));
      Point point = reoptimize(previous, j, next, settings);
      evaluations += point.evaluations();
      if (!Double.isFinite(point.llh())) {
        if (step > shortest) {
          step = Math.max(shortest, step / 4);
          continue;
        }
        end = End.FAILED;
        break;
      }
      double change = Math.abs(previous.llh() - point.llh());
      if (change > MAX_CHANGE && step > shortest) {
        step = Math.max(shortest, step * Math.max(0.1, TARGET_CHANGE / change));
        continue;
      }
      points.add(point);
      double dropBefore = start.llh() - previous.llh();
      double drop = start.llh() - point.llh();
      if (drop > THRESHOLD) {
        crossing = at + (THRESHOLD - dropBefore) / (drop - dropBefore) * (next - at);
        end = End.CROSSED;
        break;
      }
      double factor = Math.min(2, Math.max(0.5, TARGET_CHANGE / Math.max(change, 1e-12)));
      step = Math.min(longest, Math.max(shortest, step * factor));
      previous = point;
    }
    return new Side(points, end, crossing, evaluations, (System.nanoTime() - begin) / 1e9);
  }

  /** The best llh with parameter {@code j} fixed at {@code value}, the others optimized from {@code from}. */
  private Point reoptimize(Point from, int j, double value, Settings settings) {
    int n = from.scaled().length;
    double[] free = new double[n - 1];
    double[] lo = new double[n - 1];
    double[] hi = new double[n - 1];
    for (int i = 0, k = 0; i < n; i++) {
      if (i != j) {
        PetabParameter q = estimated.get(i);
        free[k] = from.scaled()[i];
        lo[k] = q.scale().toScale(q.lowerBound());
        hi[k] = q.scale().toScale(q.upperBound());
        k++;
      }
    }
    BoundedMaximizer.Result r = BoundedMaximizer.maximize(y -> fit.llh(full(y, j, value), objective), free, lo, hi,
        settings.radius(), settings.maxEvaluationsPerStep());
    return new Point(full(r.best(), j, value), r.llh(), r.evaluations());
  }

  /** The free parameters {@code y} with parameter {@code j} at {@code value} inserted. */
  private static double[] full(double[] y, int j, double value) {
    double[] x = new double[y.length + 1];
    System.arraycopy(y, 0, x, 0, j);
    x[j] = value;
    System.arraycopy(y, j, x, j + 1, y.length - j);
    return x;
  }
}
