package org.gazette.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.gazette.model.ArticleField;
import org.gazette.model.DatePrecision;
import org.gazette.model.Mention;
import org.gazette.model.MentionedDate;
import org.gazette.model.NameKey;

/** Matches the date patterns of {@link DateExtractor} over the tokens of one block of text. */
final class DateScan {
  private static final Set<String> UNITS =
      Set.of(
          ("km kilometres kilometers kilometre kilometer miles mile metres meters m kg"
                  + " kilograms tons tonnes barrels bpd feet ft hours hrs gmt utc people troops"
                  + " soldiers fighters members dollars euros pounds percent per times units vehicles"
                  + " rockets missiles men women children families homes acres hectares mw points"
                  + " votes seats employees workers jobs cases deaths students shares pct mln billion"
                  + " million tonne litres liters")
              .split(" "));
  private static final Set<String> NOT_BEFORE_YEAR =
      Set.of(
          ("no number resolution flight route highway room page article section chapter"
                  + " model serial code item unit batch exit")
              .split(" "));
  private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern YEAR_RANGE = Pattern.compile("\\d{4}[-\u2013]\\d{4}");
  private static final Pattern DAY = Pattern.compile("\\d{1,2}(st|nd|rd|th)?");
  private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
  private static final Set<String> YEAR_PREFIXES = Set.of("mid", "early", "late", "pre", "post");

  private final ArticleField field;
  private final List<Token> t;
  private final LocalDate published;
  private final List<MentionedDate> out;

  DateScan(ArticleField field, List<Token> t, LocalDate published, List<MentionedDate> out) {
    this.field = field;
    this.t = t;
    this.published = published;
    this.out = out;
  }

  /** Matches a date starting at token {@code i}; returns the index after it, or -1. */
  int at(int i) {
    Token tok = t.get(i);
    int month = monthAt(i);
    if (month > 0) {
      return monthFirst(i, month);
    }
    int day = dayAt(i);
    if (day > 0 && monthAt(i + 1) > 0) {
      int m = monthAt(i + 1);
      int year = yearAt(i + 2);
      if (year > 0) {
        return add(day(year, m, day), DatePrecision.DAY, false, i, i + 3);
      }
      return addInferred(m, day, i, i + 2);
    }
    String w = tok.text();
    boolean digitLed = !w.isEmpty() && Character.isDigit(w.charAt(0));
    if (tok.isWord() && digitLed && ISO_DAY.matcher(w).matches()) {
      return add(
          day(num(w, 0, 4), num(w, 5, 7), num(w, 8, 10)), DatePrecision.DAY, false, i, i + 1);
    }
    if (tok.isWord() && digitLed && YEAR_RANGE.matcher(w).matches()) {
      yearPart(tok, 0, 4);
      yearPart(tok, 5, 9);
      return i + 1;
    }
    int dash = w.indexOf('-');
    if (tok.isWord()
        && dash > 0
        && w.length() == dash + 5
        && isDigits(w, dash + 1, dash + 5)
        && YEAR_PREFIXES.contains(NameKey.lower(w.substring(0, dash)))) {
      yearPart(tok, dash + 1, dash + 5);
      return i + 1;
    }
    if (isBareYear(i)) {
      int y = Integer.parseInt(w);
      return add(LocalDate.of(y, 1, 1), DatePrecision.YEAR, false, i, i + 1);
    }
    return -1;
  }

  private int monthFirst(int i, int month) {
    int day = dayAt(i + 1);
    if (day > 0) {
      int k = i + 2 < t.size() && t.get(i + 2).isPunct(',') ? i + 3 : i + 2;
      int year = yearAt(k);
      if (year > 0) {
        return add(day(year, month, day), DatePrecision.DAY, false, i, k + 1);
      }
      return addInferred(month, day, i, i + 2);
    }
    int year = yearAt(i + 1);
    if (year > 0) {
      return add(day(year, month, 1), DatePrecision.MONTH, false, i, i + 2);
    }
    return -1;
  }

  private int addInferred(int month, int day, int from, int to) {
    if (published == null) {
      return to;
    }
    LocalDate best = null;
    for (int y = published.getYear() - 1; y <= published.getYear() + 1; y++) {
      LocalDate d = day(y, month, day);
      if (d != null && (best == null || distance(d) < distance(best))) {
        best = d;
      }
    }
    return add(best, DatePrecision.DAY, true, from, to);
  }

  private long distance(LocalDate d) {
    return Math.abs(ChronoUnit.DAYS.between(published, d));
  }

  private void yearPart(Token tok, int from, int to) {
    int y = num(tok.text(), from, to);
    if (y >= 1900 && y <= 2099) {
      Mention m = new Mention(field, tok.start() + from, tok.start() + to);
      out.add(new MentionedDate(LocalDate.of(y, 1, 1), DatePrecision.YEAR, false, m));
    }
  }

  private int add(LocalDate date, DatePrecision precision, boolean inferred, int from, int to) {
    if (date == null) {
      return to;
    }
    Mention m = new Mention(field, t.get(from).start(), t.get(to - 1).end());
    out.add(new MentionedDate(date, precision, inferred, m));
    return to;
  }

  /** A capitalised month name; "May" and "March" only before a number. */
  private int monthAt(int i) {
    if (i >= t.size() || !t.get(i).isWord() || !Character.isUpperCase(t.get(i).text().charAt(0))) {
      return 0;
    }
    String lower = t.get(i).lower();
    int month = DateWords.month(lower);
    if ((lower.equals("may") || lower.equals("march"))
        && !(i + 1 < t.size() && t.get(i + 1).is(Token.NUMBER))) {
      return 0;
    }
    return month;
  }

  /** A day of the month: 1 or 2 digits, or an ordinal ("27th"). */
  private int dayAt(int i) {
    if (i >= t.size()) {
      return 0;
    }
    String w = t.get(i).text();
    if (w.isEmpty() || !Character.isDigit(w.charAt(0)) || !DAY.matcher(w).matches()) {
      return 0;
    }
    int d =
        Integer.parseInt(
            w.length() > 2 && !Character.isDigit(w.charAt(w.length() - 1))
                ? w.substring(0, w.length() - 2)
                : w);
    return d >= 1 && d <= 31 ? d : 0;
  }

  /** A four-digit year from 1900 to 2099 at token {@code i}, else 0. */
  private int yearAt(int i) {
    if (i >= t.size() || !t.get(i).is(Token.NUMBER) || !YEAR.matcher(t.get(i).text()).matches()) {
      return 0;
    }
    return Integer.parseInt(t.get(i).text());
  }

  private boolean isBareYear(int i) {
    if (yearAt(i) == 0) {
      return false;
    }
    if (i > 0) {
      Token p = t.get(i - 1);
      boolean touching = p.end() == t.get(i).start();
      boolean codeMark = p.isPunct() && "$£€¥#/".contains(p.text());
      if (p.is(Token.NUMBER)
          || codeMark
          || touching && p.isWord()
          || NOT_BEFORE_YEAR.contains(p.lower())) {
        return false;
      }
    }
    if (i + 1 < t.size()) {
      Token n = t.get(i + 1);
      boolean touching = n.start() == t.get(i).end();
      boolean fileName =
          touching
              && n.isPunct('.')
              && i + 2 < t.size()
              && t.get(i + 2).start() == n.end()
              && t.get(i + 2).isWord();
      if (UNITS.contains(n.lower()) || n.isPunct('%') || touching && n.isWord() || fileName) {
        return false;
      }
    }
    return true;
  }

  private static LocalDate day(int year, int month, int day) {
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static boolean isDigits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static int num(String s, int from, int to) {
    return Integer.parseInt(s.substring(from, to));
  }
}
