package org.limbic.solve;

/**
 * A Rosenbrock method as data, in the W-transformed form of Hairer &amp; Wanner (Solving ODEs II,
 * IV.7, eq. 7.25; rodas.f): with W = I/(hγ) − J, stage i solves
 * <pre>
 *   W k_i = f(t + α_i h, y + Σ_{j&lt;i} a_ij k_j) + Σ_{j&lt;i} (C_ij / h) k_j + h d_i ∂f/∂t
 *   y_new = y + Σ m_j k_j,   error estimate = Σ e_j k_j
 * </pre>
 * and the stiff-aware dense output is
 * {@code y(θ) = (1−θ) y0 + θ (y1 + (1−θ)(K_1 + θ (K_2 + θ K_3 ...)))} with {@code K_r = Σ_j H_rj k_j}
 * (Steinebach 2023; OrdinaryDiffEq.jl's Rodas interpolants).
 *
 * <p>Matrices are row-major {@code stages × stages} (a, C; strictly lower triangular) and
 * {@code denseRows × stages} (H). The arrays are owned by the record: do not modify them.
 *
 * @param errorExponentOrder q in the step-size rule h_new = h·(1/err)^(1/q): the embedded order + 1
 */
public record RosenbrockTableau(String name, int order, int errorExponentOrder, double gamma, int stages,
                                double[] a, double[] c, double[] alpha, double[] d, double[] m, double[] e,
                                int denseRows, double[] h) {

  public RosenbrockTableau {
    int s = stages;
    if (a.length != s * s || c.length != s * s || alpha.length != s || d.length != s || m.length != s
        || e.length != s || h.length != denseRows * s) {
      throw new IllegalArgumentException("inconsistent Rosenbrock tableau '" + name + "'");
    }
  }

  /**
   * Rodas5P: order 5, embedded order 4, 8 stages, stiffly accurate, 4th-order stiff-aware dense
   * output. Steinebach, "Construction of Rosenbrock–Wanner method Rodas5P and numerical
   * benchmarks within the Julia Differential Equations package", BIT Numer. Math. 63, 27 (2023).
   * Coefficients as published in OrdinaryDiffEq.jl (src/tableaus/rosenbrock_tableaus.jl,
   * Rodas5PTableau), transcribed digit for digit; stages 7 and 8 are the "u = u + k" stages of
   * that implementation, written here as full rows of a.
   */
  public static final RosenbrockTableau RODAS5P = rodas5p();

  /**
   * Rodas4: order 4, embedded order 3, 6 stages, stiffly accurate, 3rd-order dense output.
   * Hairer &amp; Wanner, Solving ODEs II, IV.7, Table 7.2 and rodas.f (A21 = 0.1544000000000000D+01 ...);
   * dense-output coefficients h2j, h3j as in OrdinaryDiffEq.jl's Rodas4Tableau.
   */
  public static final RosenbrockTableau RODAS4 = rodas4();

  private static RosenbrockTableau rodas5p() {
    double a61 = -7.502846399306121, a62 = 2.561846144803919, a63 = -11.627539656261098,
        a64 = -0.18268767659942256, a65 = 0.030198172008377946;
    double[] a = {
        0, 0, 0, 0, 0, 0, 0, 0,
        3.0, 0, 0, 0, 0, 0, 0, 0,
        2.849394379747939, 0.45842242204463923, 0, 0, 0, 0, 0, 0,
        -6.954028509809101, 2.489845061869568, -10.358996098473584, 0, 0, 0, 0, 0,
        2.8029986275628964, 0.5072464736228206, -0.3988312541770524, -0.04721187230404641, 0, 0, 0, 0,
        a61, a62, a63, a64, a65, 0, 0, 0,
        a61, a62, a63, a64, a65, 1, 0, 0,
        a61, a62, a63, a64, a65, 1, 1, 0};
    double[] c = {
        0, 0, 0, 0, 0, 0, 0, 0,
        -14.155112264123755, 0, 0, 0, 0, 0, 0, 0,
        -17.97296035885952, -2.859693295451294, 0, 0, 0, 0, 0, 0,
        147.12150275711716, -1.41221402718213, 71.68940251302358, 0, 0, 0, 0, 0,
        165.43517024871676, -0.4592823456491126, 42.90938336958603, -5.961986721573306, 0, 0, 0, 0,
        24.854864614690072, -3.0009227002832186, 47.4931110020768, 5.5814197821558125, -0.6610691825249471, 0, 0, 0,
        30.91273214028599, -3.1208243349937974, 77.79954646070892, 34.28646028294783, -19.097331116725623,
        -28.087943162872662, 0, 0,
        37.80277123390563, -3.2571969029072276, 112.26918849496327, 66.9347231244047, -40.06618937091002,
        -54.66780262877968, -9.48861652309627, 0};
    double[] alpha = {0, 0.6358126895828704, 0.4095798393397535, 0.9769306725060716, 0.4288403609558664, 1, 1, 1};
    double[] d = {0.21193756319429014, -0.42387512638858027, -0.3384627126235924, 1.8046452872882734,
        2.325825639765069, 0, 0, 0};
    double[] m = {a61, a62, a63, a64, a65, 1, 1, 1};
    double[] e = {0, 0, 0, 0, 0, 0, 0, 1};
    double[] h = {
        25.948786856663858, -2.5579724845846235, 10.433815404888879, -2.3679251022685204, 0.524948541321073,
        1.1241088310450404, 0.4272876194431874, -0.17202221070155493,
        -9.91568850695171, -0.9689944594115154, 3.0438037242978453, -24.495224566215796, 20.176138334709044,
        15.98066361424651, -6.789040303419874, -6.710236069923372,
        11.419903575922262, 2.8879645146136994, 72.92137995996029, 80.12511834622643, -52.072871366152654,
        -59.78993625266729, -0.15582684282751913, 4.883087185713722};
    return new RosenbrockTableau("rodas5p", 5, 5, 0.21193756319429014, 8, a, c, alpha, d, m, e, 3, h);
  }

  private static RosenbrockTableau rodas4() {
    double a51 = 1.221224509226641, a52 = 6.019134481288629, a53 = 12.53708332932087, a54 = -0.6878860361058950;
    double[] a = {
        0, 0, 0, 0, 0, 0,
        1.544, 0, 0, 0, 0, 0,
        0.9466785280815826, 0.2557011698983284, 0, 0, 0, 0,
        3.314825187068521, 2.896124015972201, 0.9986419139977817, 0, 0, 0,
        a51, a52, a53, a54, 0, 0,
        a51, a52, a53, a54, 1, 0};
    double[] c = {
        0, 0, 0, 0, 0, 0,
        -5.6688, 0, 0, 0, 0, 0,
        -2.430093356833875, -0.2063599157091915, 0, 0, 0, 0,
        -0.1073529058151375, -9.594562251023355, -20.47028614809616, 0, 0, 0,
        7.496443313967647, -10.24680431464352, -33.99990352819905, 11.70890893206160, 0, 0,
        8.083246795921522, -7.981132988064893, -31.52159432874371, 16.31930543123136, -6.058818238834054, 0};
    double[] alpha = {0, 0.386, 0.21, 0.63, 1, 1};
    double[] d = {0.25, -0.1043, 0.1035, -0.03620000000000023, 0, 0};
    double[] m = {a51, a52, a53, a54, 1, 1};
    double[] e = {0, 0, 0, 0, 0, 1};
    double[] h = {
        10.12623508344586, -7.487995877610167, -34.80091861555747, -7.992771707568823, 1.025137723295662, 0,
        -0.6762803392801253, 6.087714651680015, 16.43084320892478, 24.76722511418386, -6.594389125716872, 0};
    return new RosenbrockTableau("rodas4", 4, 4, 0.25, 6, a, c, alpha, d, m, e, 2, h);
  }
}
