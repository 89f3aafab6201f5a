package org.limbic.steady;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * An exact rational number p/q (q > 0, lowest terms): conservation laws are found by elimination
 * in exact arithmetic, so that a law is either exactly in the left null space of the stoichiometry
 * or not found at all; no tolerance decides whether a pivot is zero.
 */
record Fraction(BigInteger numerator, BigInteger denominator) {

  static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);
  static final Fraction ONE = new Fraction(BigInteger.ONE, BigInteger.ONE);

  /** The exact value of a finite double (every double is a dyadic rational). */
  static Fraction of(double v) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException("a stoichiometric coefficient must be finite, not " + v);
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return new Fraction(BigInteger.valueOf((long) v), BigInteger.ONE);
    }
    BigDecimal d = new BigDecimal(v);
    BigInteger unscaled = d.unscaledValue();
    return d.scale() <= 0
        ? new Fraction(unscaled.multiply(BigInteger.TEN.pow(-d.scale())), BigInteger.ONE)
        : reduced(unscaled, BigInteger.TEN.pow(d.scale()));
  }

  static Fraction reduced(BigInteger p, BigInteger q) {
    if (q.signum() == 0) {
      throw new ArithmeticException("division by zero");
    }
    if (q.signum() < 0) {
      p = p.negate();
      q = q.negate();
    }
    BigInteger g = p.gcd(q);
    if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
      p = p.divide(g);
      q = q.divide(g);
    }
    return p.signum() == 0 ? ZERO : new Fraction(p, q);
  }

  boolean isZero() {
    return numerator.signum() == 0;
  }

  Fraction plus(Fraction o) {
    if (o.isZero()) {
      return this;
    }
    if (isZero()) {
      return o;
    }
    if (denominator.equals(o.denominator)) {
      return reduced(numerator.add(o.numerator), denominator);
    }
    return reduced(numerator.multiply(o.denominator).add(o.numerator.multiply(denominator)), denominator.multiply(o.denominator));
  }

  Fraction minus(Fraction o) {
    return plus(o.negate());
  }

  Fraction times(Fraction o) {
    if (isZero() || o.isZero()) {
      return ZERO;
    }
    return reduced(numerator.multiply(o.numerator), denominator.multiply(o.denominator));
  }

  Fraction dividedBy(Fraction o) {
    return reduced(numerator.multiply(o.denominator), denominator.multiply(o.numerator));
  }

  Fraction negate() {
    return isZero() ? this : new Fraction(numerator.negate(), denominator);
  }

  double toDouble() {
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), java.math.MathContext.DECIMAL64).doubleValue();
  }
}
