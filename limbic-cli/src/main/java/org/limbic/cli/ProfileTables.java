package org.limbic.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.limbic.petab.PetabParameter;
import org.limbic.petab.ProfileLikelihood;

/**
 * The tables of {@code limbic profile}, tidy CSV: numbers as Java writes doubles (every bit kept),
 * infinite interval ends as {@code -inf} and {@code inf}, no better point as an empty cell.
 */
final class ProfileTables {

  static final String PROFILES = "profiles.csv";
  static final String PATHS = "profile_paths.csv";
  static final String SUMMARY = "summary.csv";
  static final String TIMING = "timing.csv";
  static final String BEST = "best.tsv";

  private ProfileTables() {
  }

  static void write(Path dir, List<PetabParameter> estimated, double[] optimum, List<ProfileLikelihood.Profile> profiles)
      throws IOException {
    StringBuilder best = new StringBuilder("parameterId\tvalue\n");
    for (int j = 0; j < estimated.size(); j++) {
      best.append(estimated.get(j).id()).append('\t').append(optimum[j]).append('\n');
    }
    Files.writeString(dir.resolve(BEST), best.toString());
    StringBuilder points = new StringBuilder("parameter,scale,side,step,scaled_value,value,llh,delta_llh,likelihood_ratio,"
        + "below_threshold,evaluations\n");
    StringBuilder paths = new StringBuilder("parameter,step,estimated_parameter,scaled_value,value\n");
    StringBuilder summary = new StringBuilder("parameter,scale,lower_bound,upper_bound,best_value,best_scaled,llh,threshold,"
        + "ci_low,ci_high,ci_low_scaled,ci_high_scaled,verdict,open,lower_end,upper_end,max_delta_llh,points,evaluations,"
        + "better_llh\n");
    StringBuilder timing = new StringBuilder("parameter,evaluations,lower_seconds,upper_seconds\n");
    for (ProfileLikelihood.Profile p : profiles) {
      PetabParameter q = p.parameter();
      String id = q.id();
      String scale = q.scale().name().toLowerCase(Locale.ROOT);
      int j = p.index();
      double top = p.optimum().llh();
      List<ProfileLikelihood.Point> all = p.points();
      int below = p.lower().points().size();
      for (int i = 0; i < all.size(); i++) {
        ProfileLikelihood.Point point = all.get(i);
        int step = i - below;
        double drop = top - point.llh();
        points.append(id).append(',').append(scale).append(',').append(step < 0 ? "lower" : step == 0 ? "optimum" : "upper")
            .append(',').append(step).append(',').append(point.scaled()[j]).append(',').append(q.scale().toLinear(point.scaled()[j]))
            .append(',').append(point.llh()).append(',').append(drop).append(',').append(Math.exp(-drop)).append(',')
            .append(drop <= ProfileLikelihood.THRESHOLD).append(',').append(point.evaluations()).append('\n');
        for (int k = 0; k < estimated.size(); k++) {
          PetabParameter e = estimated.get(k);
          paths.append(id).append(',').append(step).append(',').append(e.id()).append(',').append(point.scaled()[k]).append(',')
              .append(e.scale().toLinear(point.scaled()[k])).append('\n');
        }
      }
      summary.append(id).append(',').append(scale).append(',').append(q.lowerBound()).append(',').append(q.upperBound())
          .append(',').append(q.scale().toLinear(p.optimum().scaled()[j])).append(',').append(p.optimum().scaled()[j]).append(',')
          .append(top).append(',').append(ProfileLikelihood.THRESHOLD).append(',').append(number(p.ciLow())).append(',')
          .append(number(p.ciHigh())).append(',').append(number(p.ciLowScaled())).append(',').append(number(p.ciHighScaled()))
          .append(',').append(p.verdict().name().toLowerCase(Locale.ROOT)).append(',').append(p.open()).append(',')
          .append(p.lower().end().label()).append(',').append(p.upper().end().label()).append(',').append(p.maxDrop()).append(',')
          .append(all.size()).append(',').append(p.evaluations()).append(',')
          .append(p.betterPoint().map(b -> Double.toString(b.llh())).orElse("")).append('\n');
      timing.append(id).append(',').append(p.evaluations()).append(',').append(String.format(Locale.ROOT, "%.3f", p.lower().seconds()))
          .append(',').append(String.format(Locale.ROOT, "%.3f", p.upper().seconds())).append('\n');
    }
    Files.writeString(dir.resolve(PROFILES), points.toString());
    Files.writeString(dir.resolve(PATHS), paths.toString());
    Files.writeString(dir.resolve(SUMMARY), summary.toString());
    Files.writeString(dir.resolve(TIMING), timing.toString());
  }

  /** A double as Java writes it, infinities as -inf and inf (what pandas, R and DuckDB read). */
  static String number(double v) {
    return Double.isInfinite(v) ? (v > 0 ? "inf" : "-inf") : Double.toString(v);
  }
}
