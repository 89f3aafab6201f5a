package org.limbic.workloads.stiff;

import java.util.Arrays;
import java.util.Locale;
import org.limbic.solve.Integrator;
import org.limbic.solve.IntegratorOptions;
import org.limbic.solve.Integrators;
import org.limbic.solve.SolverStatistics;

/**
 * The Limbic side of bench/stiff-vs-cvode.sh: solves a stiff test problem as bench/cvode_bench.c does
 * and prints one line in its format. A solve is timed whole: integrator creation, state allocation,
 * integration to tEnd. Timings follow JIT warm-up (at least max(reps, 200) untimed solves and 2 s); the median is
 * reported. Never used to assert speed in unit tests.
 */
public final class StiffBenchmark {

  private StiffBenchmark() {
  }

  public static String run(String problem, double rtol, double atol, int reps) {
    return run(problem, rtol, atol, reps, Integrators.STIFF_DEFAULT);
  }

  /** One line: {@code PROBLEM rtol=R atol=A steps=S rhs=F jac=J mescd=D median_us=T}. */
  public static String run(String problem, double rtol, double atol, int reps, String method) {
    return run(StiffProblem.named(problem), rtol, atol, reps, method);
  }

  /** The same for a given problem (e.g. one whose system comes from a compiled model). */
  public static String run(StiffProblem p, double rtol, double atol, int reps, String method) {
    if (reps < 1) {
      throw new IllegalArgumentException("reps must be >= 1, got " + reps);
    }
    IntegratorOptions options = IntegratorOptions.DEFAULTS.withTolerances(rtol, atol);
    double[] y0 = p.y0();
    double[] ref = p.reference();
    // Warm-up until the JIT has compiled the hot loops: at least max(reps, 200) solves and 2 s,
    // since a small problem (POLLU at 1e-6: 20 steps) needs many solves to reach C2 compilation.
    long warmUntil = System.nanoTime() + 2_000_000_000L;
    for (int r = 0, warm = Math.max(reps, 200); r < warm || System.nanoTime() < warmUntil; r++) {
      solve(p, y0, options, method);
    }
    long[] times = new long[reps];
    Integrator last = null;
    for (int r = 0; r < reps; r++) {
      long t0 = System.nanoTime();
      last = solve(p, y0, options, method);
      times[r] = System.nanoTime() - t0;
    }
    Arrays.sort(times);
    SolverStatistics s = last.statistics();
    double mescd = Mescd.of(last.state(), ref, rtol, atol);
    return String.format(Locale.ROOT, "%s rtol=%s atol=%s steps=%d rhs=%d jac=%d mescd=%.2f median_us=%.1f",
        p.name(), formatG(rtol), formatG(atol), s.steps(), s.rhsEvaluations(), s.jacobianEvaluations(), mescd,
        times[reps / 2] / 1000.0);
  }

  private static Integrator solve(StiffProblem p, double[] y0, IntegratorOptions options, String method) {
    Integrator integrator = Integrators.create(method, options);
    integrator.reset(p.system().get(), 0.0, y0);
    integrator.integrateTo(p.tEnd());
    return integrator;
  }

  /** C's printf "%g": 6 significant digits, trailing zeros dropped, exponent with at least two digits. */
  static String formatG(double v) {
    if (v == 0) {
      return "0";
    }
    int exp = (int) Math.floor(Math.log10(Math.abs(v)));
    String mant = String.format(Locale.ROOT, "%.5e", v); // d.ddddde±XX
    int ePos = mant.indexOf('e');
    exp = Integer.parseInt(mant.substring(ePos + 1));
    if (exp < -4 || exp >= 6) {
      String digits = stripZeros(mant.substring(0, ePos));
      String sign = exp < 0 ? "-" : "+";
      int ax = Math.abs(exp);
      return digits + "e" + sign + (ax < 10 ? "0" : "") + ax;
    }
    return stripZeros(String.format(Locale.ROOT, "%." + Math.max(0, 5 - exp) + "f", v));
  }

  private static String stripZeros(String s) {
    if (s.indexOf('.') < 0) {
      return s;
    }
    int end = s.length();
    while (s.charAt(end - 1) == '0') {
      end--;
    }
    if (s.charAt(end - 1) == '.') {
      end--;
    }
    return s.substring(0, end);
  }

  public static void main(String[] args) {
    System.out.println(run(args[0], Double.parseDouble(args[1]), Double.parseDouble(args[2]),
        Integer.parseInt(args[3]), args.length > 4 ? args[4] : Integrators.STIFF_DEFAULT));
  }
}
