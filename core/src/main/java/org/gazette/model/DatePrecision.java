package org.gazette.model;

/** How precisely the text gave a date: a day, a month of a year, or a year alone. */
public enum DatePrecision {
  DAY,
  MONTH,
  YEAR
}
