package org.limbic.models.vole;

import static org.limbic.models.vole.VoleParameters.APPROACH_RATE;
import static org.limbic.models.vole.VoleParameters.ATTACK_RATE;
import static org.limbic.models.vole.VoleParameters.BOND_HALF;
import static org.limbic.models.vole.VoleParameters.BOUT_MIN;
import static org.limbic.models.vole.VoleParameters.BOUT_VALUE_GAIN;
import static org.limbic.models.vole.VoleParameters.CHOICE_BETA;
import static org.limbic.models.vole.VoleParameters.CONTACT;
import static org.limbic.models.vole.VoleParameters.DA_CONTACT;
import static org.limbic.models.vole.VoleParameters.INNATE_WEIGHT;
import static org.limbic.models.vole.VoleParameters.SPEED;
import static org.limbic.models.vole.VoleParameters.STRANGER_AVERSION;

import java.util.List;
import java.util.SplittableRandom;
import org.limbic.abm.Agent;
import org.limbic.abm.Point;
import org.limbic.abm.SimState;

/**
 * One prairie vole. Each step it explores, approaches, huddles with, avoids or attacks other animals
 * in its {@link VoleWorld}, choosing from the values it has learned (a softmax over conspecifics with
 * "stay alone" as weight 1). Attraction to an animal is the innate reward of contact plus the
 * learned value minus an aversion that grows with how much less the animal is worth than the best
 * partner (selectivity; Lee et al. 2019). Huddling is mutual (an exploring animal that is reached
 * stays) and an animal learns about everyone within reach while it huddles, so clusters form in the
 * group habitat. The genotype is a label: behaviour reads only the traits.
 */
public final class Vole implements Agent {

  /** Rate of giving up an approach to an animal that keeps moving away (assumed: after ~2 min). */
  private static final double GIVE_UP_RATE = 0.5;

  enum Mode { EXPLORE, APPROACH, HUDDLE, TETHERED }

  private final int id;
  private final Sex sex;
  private final Genotype genotype;
  private final Traits traits;
  private final double signal;
  private final double reward;
  private final SocialMemory memory = new SocialMemory();
  private double d2Blockade;

  private Mode mode = Mode.EXPLORE;
  private Vole target;
  private Point goal;
  private Point tether;
  /** The animals this one touched while huddling in its last step (a cluster may hold several); reused. */
  private Vole[] contacts = new Vole[4];
  private int contactCount;

  Vole(int id, Sex sex, Genotype genotype, Traits traits) {
    this.id = id;
    this.sex = sex;
    this.genotype = genotype;
    this.traits = traits;
    this.signal = NaccOxytocin.receptorSignal(traits);
    this.reward = SocialLearning.contactReward(signal);
  }

  public int id() {
    return id;
  }

  public Sex sex() {
    return sex;
  }

  /** For tables and figures only; nothing in the model reads it. */
  public Genotype genotype() {
    return genotype;
  }

  public Traits traits() {
    return traits;
  }

  Mode mode() {
    return mode;
  }

  Vole target() {
    return target;
  }

  /** How many animals this one huddled with in its last step; {@link #contact(int)} names them. */
  int contactCount() {
    return contactCount;
  }

  Vole contact(int k) {
    return contacts[k];
  }

  double valueOf(Vole other) {
    return memory.value(other.id);
  }

  void setValue(Vole other, double value) {
    memory.set(other.id, value);
  }

  /** Blocks a fraction of D2 receptors (haloperidol), for the rest of the animal's life here. */
  void blockD2(double occupancy) {
    d2Blockade = occupancy;
  }

  /** Puts the animal in a new world: free, or tethered at {@code at}. */
  void enter(Point at, boolean tethered) {
    mode = tethered ? Mode.TETHERED : Mode.EXPLORE;
    tether = tethered ? at : null;
    target = null;
    goal = null;
  }

  /** Innate reward of contact, learned value, minus aversion: the drive to approach {@code other}. */
  double attraction(Vole other) {
    double v = memory.value(other.id);
    return INNATE_WEIGHT * reward + v - aversion(v);
  }

  /**
   * Aversion to an animal valued {@code v}: proportional to its shortfall from the best bond, and
   * expressed only as far as a bond has formed (half at {@code bond_half}): selective aggression
   * follows bond formation (Aragona et al. 2006, Nat Neurosci 9:133; Lee et al. 2019).
   */
  private double aversion(double v) {
    double bond = memory.bond();
    return STRANGER_AVERSION * Math.max(0, bond - v) * bond / (bond + BOND_HALF);
  }

  @Override
  public void step(SimState state) {
    VoleWorld w = (VoleWorld) state;
    double dt = w.dt();
    contactCount = 0;
    if (mode == Mode.TETHERED) {
      w.space().place(this, tether.toward(w.apparatus().randomPoint(w.apparatus().chamberOf(tether), w.random()), 1.5));
    } else {
      SplittableRandom random = w.random();
      maybeAttack(w, random, dt);
      switch (mode) {
        case HUDDLE -> huddle(w, random, dt);
        case APPROACH -> approach(w, dt);
        default -> explore(w, random, dt);
      }
    }
    memory.endStep(w.forgetFactor());
  }

  private void huddle(VoleWorld w, SplittableRandom random, double dt) {
    if (w.space().distance(this, target) > 1.5 * CONTACT) {
      mode = Mode.EXPLORE; // the other one left: the bout is over (no chasing)
      target = null;
      return;
    }
    double v = memory.value(target.id);
    for (Vole o : w.animals()) {
      if (o != this && w.space().distance(this, o) <= 1.5 * CONTACT) {
        double dopamine = (w.mating(this, o) ? 1 : DA_CONTACT * VoleMechanism.PEER_DOPAMINE.factor()) * (1 - d2Blockade);
        memory.reinforce(o.id, reward, SocialLearning.learningRate(signal, dopamine), dt);
        if (contactCount == contacts.length) {
          contacts = java.util.Arrays.copyOf(contacts, 2 * contactCount);
        }
        contacts[contactCount++] = o;
      }
    }
    double meanBout = BOUT_MIN * traits.sociality() * (1 + BOUT_VALUE_GAIN * Math.max(0, v - aversion(v)));
    if (random.nextDouble() < -Math.expm1(-dt / meanBout)) {
      mode = Mode.EXPLORE;
      target = null;
      goal = w.apparatus().randomPoint(random.nextInt(w.apparatus().chambers()), random);
    }
  }

  /**
   * Huddling is side by side: an exploring animal that is reached stays and huddles back (its own
   * bout length then follows its own value of the newcomer); one already huddling is a cluster member.
   */
  private void joinedBy(Vole other) {
    if (mode == Mode.EXPLORE) {
      mode = Mode.HUDDLE;
      target = other;
    }
  }

  private void approach(VoleWorld w, double dt) {
    walk(w, w.space().position(target), SPEED * 60 * dt);
    if (w.space().distance(this, target) <= CONTACT) {
      mode = Mode.HUDDLE;
      target.joinedBy(this);
    } else if (w.random().nextDouble() < -Math.expm1(-GIVE_UP_RATE * dt)) {
      mode = Mode.EXPLORE;
      target = null;
    }
  }

  /** Moves up to {@code distance} cm towards {@code to}, through the doors on the way. */
  private void walk(VoleWorld w, Point to, double distance) {
    Point here = w.space().position(this);
    double left = distance;
    for (int leg = 0; leg < 8 && left > 1e-9 && here.distance(to) > 1e-9; leg++) {
      Point waypoint = w.apparatus().nextWaypoint(here, to);
      Point next = here.toward(waypoint, left);
      left -= here.distance(next);
      here = next;
    }
    w.space().place(this, here);
  }

  private void explore(VoleWorld w, SplittableRandom random, double dt) {
    List<Vole> others = w.animals();
    double total = 0;
    double[] weights = w.scratch(others.size());
    for (int k = 0; k < others.size(); k++) {
      Vole o = others.get(k);
      weights[k] = o == this ? 0 : Math.exp(CHOICE_BETA * (attraction(o) - 0.5));
      total += weights[k];
    }
    double hazard = APPROACH_RATE * traits.sociality() * total / (1 + total);
    if (total > 0 && random.nextDouble() < -Math.expm1(-hazard * dt)) {
      double pick = random.nextDouble() * total;
      for (int k = 0; k < others.size(); k++) {
        pick -= weights[k];
        if (pick < 0 && weights[k] > 0) {
          target = others.get(k);
          mode = Mode.APPROACH;
          approach(w, dt);
          return;
        }
      }
    }
    Point here = w.space().position(this);
    if (goal == null || here.distance(goal) < 1) {
      int c = w.apparatus().chamberOf(here);
      int next = Math.clamp(c + random.nextInt(3) - 1, 0, w.apparatus().chambers() - 1);
      goal = w.apparatus().randomPoint(next, random);
    }
    walk(w, goal, 0.5 * SPEED * 60 * dt);
  }

  /** Attacks on animals in contact, at a rate proportional to aversion to them and to aggressiveness. */
  private void maybeAttack(VoleWorld w, SplittableRandom random, double dt) {
    for (Vole o : w.animals()) {
      if (o != this && w.space().distance(this, o) <= 1.5 * CONTACT) {
        double rate = ATTACK_RATE * traits.aggressiveness() * aversion(memory.value(o.id));
        if (rate > 0 && random.nextDouble() < -Math.expm1(-rate * dt)) {
          w.log().attack(this);
          if (mode == Mode.HUDDLE && target == o) {
            mode = Mode.EXPLORE;
            target = null;
          }
        }
      }
    }
  }

  @Override
  public String toString() {
    return genotype.label() + " " + sex.name().toLowerCase(java.util.Locale.ROOT) + " #" + id;
  }
}
