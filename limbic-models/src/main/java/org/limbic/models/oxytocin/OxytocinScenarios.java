package org.limbic.models.oxytocin;

import java.util.Map;
import org.limbic.models.examples.Scenarios;

/** The oxytocin model's scenario files (experiment YAML beside this class). */
final class OxytocinScenarios {

  static final String[] NAMES = {
      "spontaneous-labor", "labor-under-stress", "labor-with-epidural", "breastfeed-day2",
      "postpartum-week-breastfeeding", "postpartum-week-no-breastfeeding", "massage-15min", "rest-15min",
      "noxious-with-touch", "noxious-without-touch",
      "first-hours-neither", "first-hours-skin-to-skin", "first-hours-skin-to-skin-and-breastfeeding"};

  private OxytocinScenarios() {
  }

  static Map<String, String> all() {
    return Scenarios.load(OxytocinModel.class, NAMES);
  }
}
