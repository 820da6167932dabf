package org.gazette.extract;

import org.gazette.model.EntityType;

/** How much something suggests each entity type (0 when nothing does). */
record Evidence(double person, double place, double org) {
  static final Evidence NONE = new Evidence(0, 0, 0);

  double of(EntityType type) {
    return switch (type) {
      case PERSON -> person;
      case PLACE -> place;
      case ORGANIZATION -> org;
    };
  }

  Evidence plus(double p, double pl, double o) {
    return new Evidence(person + p, place + pl, org + o);
  }

  Evidence plus(Evidence e) {
    return plus(e.person, e.place, e.org);
  }

  Evidence max(Evidence e) {
    return new Evidence(Math.max(person, e.person), Math.max(place, e.place), Math.max(org, e.org));
  }

  double total() {
    return person + place + org;
  }
}
