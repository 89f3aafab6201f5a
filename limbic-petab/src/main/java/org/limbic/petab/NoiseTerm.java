package org.limbic.petab;

/**
 * One measurement's term of the PEtab 1.0 likelihood, and its derivatives in the simulated
 * observable h and the noise σ: on the observable's scale t (lin, log, log10), r = (t(y) − t(h)) / σ;
 * llh = −½ log(2πσ²) − ½ r² (normal) or −log(2σ) − |r| (Laplace), less the log of the
 * transformation's derivative for transformed data; chi² = r². The objective and its gradient
 * both take it from here, so that they cannot drift apart.
 *
 * <p>{@code fisherH} and {@code fisherSigma} are the term's expected (Fisher) information in h and
 * in σ, E[(∂llh/∂h)²] and E[(∂llh/∂σ)²] under the noise model (the cross term is zero for both
 * distributions, which are symmetric about t(h)): normal t'(h)²/σ² and 2/σ², Laplace t'(h)²/σ²
 * and 1/σ². Summed over the measurements with the sensitivities of h and σ they give the Fisher
 * information matrix, the Gauss–Newton Hessian of the fitting methods.
 */
record NoiseTerm(double llh, double chi2, double byH, double bySigma, double fisherH, double fisherSigma) {

  static NoiseTerm of(PetabObservable o, double y, double h, double sigma) {
    double ty;
    double th;
    double dth;
    double jacobian;
    switch (o.transformation()) {
      case LOG -> {
        ty = Math.log(y);
        th = Math.log(h);
        dth = 1 / h;
        jacobian = Math.log(y);
      }
      case LOG10 -> {
        ty = Math.log10(y);
        th = Math.log10(h);
        dth = 1 / (h * Math.log(10));
        jacobian = Math.log(y) + Math.log(Math.log(10));
      }
      default -> {
        ty = y;
        th = h;
        dth = 1;
        jacobian = 0;
      }
    }
    double r = (ty - th) / sigma;
    boolean normal = o.distribution() == PetabObservable.Noise.NORMAL;
    double llh = normal ? -0.5 * Math.log(2 * Math.PI * sigma * sigma) - 0.5 * r * r - jacobian
        : -Math.log(2 * sigma) - Math.abs(r) - jacobian;
    double byH = (normal ? r : Math.signum(r)) * dth / sigma;
    double bySigma = -1 / sigma + (normal ? r * r : Math.abs(r)) / sigma;
    double fisherH = dth * dth / (sigma * sigma);
    double fisherSigma = (normal ? 2 : 1) / (sigma * sigma);
    return new NoiseTerm(llh, r * r, byH, bySigma, fisherH, fisherSigma);
  }
}
