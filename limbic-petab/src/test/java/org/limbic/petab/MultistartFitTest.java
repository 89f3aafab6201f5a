package org.limbic.petab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Multistart fits on a problem whose optimum is known: A <=> B from A = 1, B = 0, measured 0.7 at
 * t = 0 and 0.1 at t = 10 with sigma 0.5, k1 and k2 estimated in [1e-3, 10] on log10 scale. A(0)
 * is 1 whatever the rates; A(10) can be 0.1 (k1 = 9 k2, fast), so the best log-likelihood is
 * -log(2 pi 0.25) - 0.5 (0.3 / 0.5)^2 = -0.63158.
 */
class MultistartFitTest {

  @TempDir
  Path tmp;

  static final double OPTIMUM = -Math.log(2 * Math.PI * 0.25) - 0.5 * 0.36;

  private Path problem() throws IOException {
    Files.writeString(tmp.resolve("model.xml"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <sbml xmlns="http://www.sbml.org/sbml/level3/version1/core" level="3" version="1">
          <model id="conversion">
            <listOfCompartments><compartment id="c" size="1" constant="true"/></listOfCompartments>
            <listOfSpecies>
              <species id="A" compartment="c" initialConcentration="1" hasOnlySubstanceUnits="false" boundaryCondition="false" constant="false"/>
              <species id="B" compartment="c" initialConcentration="0" hasOnlySubstanceUnits="false" boundaryCondition="false" constant="false"/>
            </listOfSpecies>
            <listOfParameters>
              <parameter id="k1" value="0.8" constant="true"/>
              <parameter id="k2" value="0.6" constant="true"/>
            </listOfParameters>
            <listOfReactions>
              <reaction id="r" reversible="true" fast="false">
                <listOfReactants><speciesReference species="A" stoichiometry="1" constant="true"/></listOfReactants>
                <listOfProducts><speciesReference species="B" stoichiometry="1" constant="true"/></listOfProducts>
                <kineticLaw><math xmlns="http://www.w3.org/1998/Math/MathML">
                  <apply><minus/><apply><times/><ci>k1</ci><ci>A</ci></apply><apply><times/><ci>k2</ci><ci>B</ci></apply></apply>
                </math></kineticLaw>
              </reaction>
            </listOfReactions>
          </model>
        </sbml>
        """);
    Files.writeString(tmp.resolve("conditions.tsv"), "conditionId\nc0\n");
    Files.writeString(tmp.resolve("observables.tsv"), "observableId\tobservableFormula\tnoiseFormula\nobs_a\tA\t0.5\n");
    Files.writeString(tmp.resolve("measurements.tsv"),
        "observableId\tsimulationConditionId\ttime\tmeasurement\nobs_a\tc0\t0\t0.7\nobs_a\tc0\t10\t0.1\n");
    Files.writeString(tmp.resolve("parameters.tsv"), "parameterId\tparameterScale\tlowerBound\tupperBound\tnominalValue\testimate\n"
        + "k1\tlog10\t0.001\t10\t0.8\t1\nk2\tlog10\t0.001\t10\t0.6\t1\n");
    return Files.writeString(tmp.resolve("problem.yaml"), """
        format_version: 1
        parameter_file: parameters.tsv
        problems:
        - condition_files: [conditions.tsv]
          measurement_files: [measurements.tsv]
          observable_files: [observables.tsv]
          sbml_files: [model.xml]
        """);
  }

  @Test
  void theBestStartReachesTheKnownOptimumAndTheResultsDoNotDependOnTheThreads() throws IOException {
    PetabProblem p = PetabProblem.read(problem());
    MultistartFit fit = new MultistartFit(p);
    List<MultistartFit.Start> one = fit.run(6, 42, 1, 600);
    List<MultistartFit.Start> two = fit.run(6, 42, 2, 600);
    double best = one.stream().mapToDouble(MultistartFit.Start::llh).max().orElseThrow();
    // 1e-4: the optimum is approached as k1, k2 grow (A(10) -> 0.1 only in the limit of equilibrium)
    assertThat(best).isCloseTo(OPTIMUM, within(1e-4));
    assertThat(best).isGreaterThan(new PetabObjective(p).nominal().llh());
    for (int i = 0; i < one.size(); i++) {
      assertThat(two.get(i).llh()).as("start " + i + " on 2 threads").isEqualTo(one.get(i).llh());
      assertThat(two.get(i).best()).as("start " + i + " on 2 threads").containsExactly(one.get(i).best());
    }
  }

  @Test
  void levenbergMarquardtOnTheSensitivitiesReachesItTooWhateverTheThreads() throws IOException {
    PetabProblem p = PetabProblem.read(problem());
    MultistartFit fit = new MultistartFit(p);
    MultistartFit.Result one = fit.run(6, 42, 1, 200, MultistartFit.Optimizer.AUTO);
    MultistartFit.Result two = fit.run(6, 42, 2, 200, MultistartFit.Optimizer.LM);
    assertThat(one.optimizer()).isEqualTo(MultistartFit.Optimizer.LM);
    double best = one.starts().stream().mapToDouble(MultistartFit.Start::llh).max().orElseThrow();
    // 1e-4 as above; A(10) - 0.1 falls as exp(-10 (k1 + k2)), so at the bound k1 = 10 it is 0
    // to double precision: what remains is the step the method stops at
    assertThat(best).isCloseTo(OPTIMUM, within(1e-4));
    for (int i = 0; i < 6; i++) {
      MultistartFit.Start a = one.starts().get(i);
      assertThat(a.converged()).as(a.status()).isTrue();
      assertThat(a.gradients()).isPositive();
      assertThat(a.trace().getLast()).isEqualTo(a.llh());
      assertThat(two.starts().get(i).llh()).as("start " + i + " on 2 threads").isEqualTo(a.llh());
      assertThat(two.starts().get(i).best()).as("start " + i + " on 2 threads").containsExactly(a.best());
    }
  }

  @Test
  void fittingAtLooserTolerancesReportsEachEndPointAtTheObjectivesOwn() throws IOException {
    PetabProblem p = PetabProblem.read(problem());
    MultistartFit.Start loose = new MultistartFit(p, 1e-6, 1e-9).run(1, 42, 1, 200, MultistartFit.Optimizer.LM).starts().getFirst();
    Map<String, Double> at = Map.of("k1", loose.best()[0], "k2", loose.best()[1]);
    assertThat(loose.llh()).isEqualTo(new PetabObjective(p).evaluate(at).llh());
  }

  @Test
  void latinHypercubeStartsCoverEachStratumOnce() throws IOException {
    MultistartFit fit = new MultistartFit(PetabProblem.read(problem()));
    double[][] x = fit.latinHypercube(10, new java.util.SplittableRandom(3));
    for (int j = 0; j < 2; j++) {
      boolean[] seen = new boolean[10];
      for (double[] start : x) {
        int stratum = (int) Math.floor((start[j] - Math.log10(0.001)) / (Math.log10(10) - Math.log10(0.001)) * 10);
        seen[stratum] = true;
      }
      assertThat(seen).as("parameter " + j).containsOnly(true);
    }
  }

  @Test
  void aStartOutsideAnObjectivePriorsSupportSaysSoAndIsNotCalledAFailedSimulation() throws IOException {
    Path yaml = problem();
    // k1's uniform objective prior covers log10 k1 in [-1, 1] of the bounds [-3, 1]: about half the
    // Latin-hypercube starts lie outside it
    Files.writeString(tmp.resolve("parameters.tsv"), "parameterId\tparameterScale\tlowerBound\tupperBound\tnominalValue\testimate"
        + "\tobjectivePriorType\tobjectivePriorParameters\n"
        + "k1\tlog10\t0.001\t10\t0.8\t1\tparameterScaleUniform\t-1;1\nk2\tlog10\t0.001\t10\t0.6\t1\t\t\n");
    MultistartFit fit = new MultistartFit(PetabProblem.read(yaml));
    List<MultistartFit.Start> starts = fit.run(8, 42, 1, 200, MultistartFit.Optimizer.LM).starts();
    List<MultistartFit.Start> outside = starts.stream().filter(s -> Math.log10(s.initial()[0]) < -1).toList();
    assertThat(outside).isNotEmpty();
    for (MultistartFit.Start s : outside) {
      assertThat(s.status()).startsWith("the start lies outside the support of an objective prior (k1 = ");
      assertThat(s.converged()).isFalse();
    }
    assertThat(starts).anyMatch(s -> s.converged() && Math.log10(s.best()[0]) >= -1 - 1e-12);
  }
}
