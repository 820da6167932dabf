package org.gazette.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises web-page furniture in scraped text: navigation and widget lines ("close", "Back to top
 * button", "Related Articles", share and follow buttons, cookie and newsletter notices), rating
 * polls ("Do you like this article?", "Captcha *" and their options), photo credits
 * ("Shutterstock", "(Getty)") and image-file residue ("*** Local Caption *** 205570-01-08.jpg").
 *
 * <p>The patterns describe typical page furniture of news sites in general; they are matched
 * against whole lines, and only against short ones ({@value #MAX_FURNITURE_CHARS} characters at
 * most), so that no sentence of an article is ever dropped and no pattern runs over a long line.
 *
 * <p>NOTE: stateless and thread-safe; every method runs in time linear in its input.
 */
final class Boilerplate {
  static final int MAX_FURNITURE_CHARS = 160;

  /** Whole lines (case-insensitive, after trimming trailing punctuation) that are furniture. */
  private static final Pattern FURNITURE =
      Pattern.compile(
          String.join(
              "|",
              List.of(
                  // navigation
                  "close|menu|(?:open|close) menu|toggle navigation|navigation|main menu|search"
                      + "|search for|home|homepage|skip to (?:main )?content|skip to navigation"
                      + "|jump to (?:main )?content|back to top(?: button)?|scroll to top"
                      + "|go to top|top of page|breadcrumbs?|you are here",
                  // links to other articles
                  "related(?: articles| posts| stories| news| content| coverage| topics| links)?"
                      + "|more (?:stories|articles|news|on this story)(?: from .{1,40})?"
                      + "|(?:you may|you might) also like|recommended(?: for you| stories)?"
                      + "|(?:most )?(?:read|popular|viewed|shared)(?: stories| articles| now)?"
                      + "|trending(?: now| stories)?|latest(?: news| stories| articles)?"
                      + "|editor'?s picks?|don'?t miss|see also|also read|read also|read next"
                      + "|(?:read|see|watch) more(?:[:\\-–—] .{1,120})?|(?:also )?read(?: more)?: .{1,120}"
                      + "|continue reading(?: below)?|(?:story|article) continues below(?: advertisement)?"
                      + "|(?:previous|next|prev)(?: article| post| story| page)?|source link|sources?"
                      + "|(?:tags|topics|filed under|categories|category|posted in) ?: .{0,120}|tags|topics",
                  // advertising
                  "advertisement|advertisements|advertising|ad|sponsored(?: content| links| stories)?"
                      + "|promoted(?: content| stories)?|paid (?:content|post|partner content)",
                  // sharing and following
                  "share(?: this| this article| this story| this post| article| story)?"
                      + "|share (?:on|via|to) \\p{L}+(?: \\p{L}+)?|shares|tweet|e-?mail|print"
                      + "|print this(?: article| page| story)?|copy link|link copied|facebook|twitter"
                      + "|linkedin|whatsapp|telegram|reddit|pinterest|messenger|flipboard"
                      + "|(?:\\d+ )?comments?|(?:leave|post|add) a (?:comment|reply)"
                      + "|(?:view|show|hide|load) comments|follow us(?: on .{1,60})?"
                      + "|(?:like|find) us on facebook|join (?:us|our .{1,40}) on .{1,40}"
                      + "|follow .{1,40} on (?:twitter|x|facebook|instagram|telegram|google news)"
                      + "|subscribe(?: now| today| here| for free)?|subscribe to .{1,80}"
                      + "|sign up(?: now| for .{1,80})?|sign in|log in|login|register|newsletter"
                      + "|get (?:our|the) .{0,40}newsletter.{0,60}",
                  // page legalese and loading states
                  "all rights reserved.{0,80}|copyright (?:©|\\(c\\)|\\d{4}).{0,100}|© ?.{1,100}|loading(?:\\.{0,3}|…)"
                      + "|please wait|click here.{0,100}|tap here.{0,100}"
                      + "|report an? (?:error|correction|typo)|corrections? (?:policy|request)",
                  // media widgets
                  "photo|image|video|watch|listen|play|audio|gallery|view gallery|enlarge"
                      + "|expand|zoom|(?:image|photo|slide) \\d+ of \\d+|\\d+ of \\d+")),
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Lines that open a rating poll or captcha; short lines after them are its options. */
  private static final Pattern POLL =
      Pattern.compile(
          "(?:do you like this (?:article|story|post)|was this (?:article|story|post) (?:helpful|useful)"
              + "|how (?:useful|helpful) was this (?:article|story|post)|rate this (?:article|story)"
              + "|how would you rate this (?:article|story)|captcha(?: \\*)?)\\??",
          Pattern.CASE_INSENSITIVE);

  /** Notices matched anywhere in a short line: cookie consent and newsletter sign-up. */
  private static final List<Pattern> NOTICES =
      List.of(
          Pattern.compile(
              "\\bcookies?\\b.{0,160}\\b(?:accept|consent|polic(?:y|ies)|settings|preferences|privacy)"
                  + "|\\b(?:we|this (?:site|website)) uses? cookies\\b",
              Pattern.CASE_INSENSITIVE),
          Pattern.compile(
              "\\b(?:sign up|subscribe|register)\\b.{0,80}\\bnewsletters?\\b"
                  + "|\\bnewsletters?\\b.{0,80}\\b(?:inbox|sign up|subscribe)\\b",
              Pattern.CASE_INSENSITIVE));

  /** Words of photo credits; a credit line consists of these only. */
  private static final Set<String> CREDIT_WORDS =
      TextLines.wordSet(
          """
          getty images image shutterstock istock istockphoto alamy photo photos picture pictures
          photograph photographs credit file handout courtesy via afp ap reuters epa efe anadolu
          agency xinhua dpa sipa pa wire press associated stock supplied archive
          """);

  /** Credit words that only photo credits use; a bare agency name may be a signature instead. */
  private static final Set<String> PHOTO_WORDS =
      TextLines.wordSet(
          """
          getty images image shutterstock istock istockphoto alamy photo photos picture pictures
          photograph photographs credit handout
          """);

  private static final Pattern LOCAL_CAPTION =
      Pattern.compile("\\*{2,}\\s*local caption\\s*\\*{2,}", Pattern.CASE_INSENSITIVE);

  private static final Pattern CREDIT_PREFIX =
      Pattern.compile(
          "(?:photo|image|picture|photograph|photo credit|image credit|credit|photo by|image by)"
              + " ?[:/].{1,100}|photo by .{1,80}",
          Pattern.CASE_INSENSITIVE);

  private Boilerplate() {}

  /** Whether the whole (normalised) line is page furniture or a photo credit. */
  static boolean isFurniture(String line) {
    if (line.length() > MAX_FURNITURE_CHARS) {
      return false;
    }
    String core = trimDecoration(line);
    if (core.isEmpty() || FURNITURE.matcher(core).matches() || POLL.matcher(core).matches()) {
      return true;
    }
    for (Pattern notice : NOTICES) {
      if (notice.matcher(line).find()) {
        return true;
      }
    }
    return isCredit(line);
  }

  /** Whether the line opens a rating poll or captcha, whose short option lines follow it. */
  static boolean opensPoll(String line) {
    return line.length() <= MAX_FURNITURE_CHARS && POLL.matcher(trimDecoration(line)).matches();
  }

  /** Whether the line could be an option of a poll: at most 4 words, no sentence punctuation. */
  static boolean isPollOption(String line) {
    if (line.length() > 40 || line.split(" ").length > 4) {
      return false;
    }
    char last = line.charAt(line.length() - 1);
    return last != '.' && last != '!' && last != '?' && last != '"' && last != '”';
  }

  /**
   * Whether the line is a photo credit: "Shutterstock", "(Getty)", "AFP/Getty Images", "Photo:
   * Reuters". A bare agency name ("Reuters") is not: at the end of an article it is a signature.
   */
  static boolean isCredit(String line) {
    if (line.length() > 100) {
      return false;
    }
    if (CREDIT_PREFIX.matcher(line).matches()) {
      return true;
    }
    boolean bracketed =
        line.startsWith("(") && line.endsWith(")") || line.startsWith("[") && line.endsWith("]");
    String[] words = line.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
    boolean any = false;
    boolean photo = false;
    for (String w : words) {
      if (w.isEmpty()) {
        continue;
      }
      if (!CREDIT_WORDS.contains(w)) {
        return false;
      }
      any = true;
      photo |= PHOTO_WORDS.contains(w);
    }
    return any && (photo || bracketed);
  }

  /**
   * The line without image residue: everything from a "*** Local Caption ***" marker on, image file
   * names, and a trailing credit ("(Getty)", "AFP PHOTO / ALI AL-SAADI"). May return "".
   */
  static String stripResidue(String line) {
    String s = line;
    Matcher caption = LOCAL_CAPTION.matcher(s);
    if (caption.find()) {
      s = s.substring(0, caption.start()).stripTrailing();
    }
    s = withoutImageFileNames(s);
    s = withoutTrailingCredit(s);
    return s;
  }

  private static String withoutImageFileNames(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    if (!(lower.contains(".jp")
        || lower.contains(".png")
        || lower.contains(".gif")
        || lower.contains(".webp"))) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    for (String token : s.split(" ")) {
      String t = token.toLowerCase(Locale.ROOT);
      boolean image = t.matches("[\\p{L}\\d_.-]{1,200}\\.(?:jpe?g|png|gif|webp)");
      if (!image) {
        out.append(out.isEmpty() ? "" : " ").append(token);
      }
    }
    return out.toString();
  }

  /** Cuts a trailing bracketed credit or an "AGENCY PHOTO / NAME" credit off a caption. */
  private static String withoutTrailingCredit(String s) {
    if (s.endsWith(")") || s.endsWith("]")) {
      int open = s.lastIndexOf(s.endsWith(")") ? '(' : '[');
      if (open > 0 && isCredit(s.substring(open))) {
        return s.substring(0, open).stripTrailing();
      }
    }
    int photo = s.lastIndexOf(" PHOTO");
    if (photo > 0) {
      int agencyStart = s.lastIndexOf(' ', photo - 1) + 1;
      String agency = s.substring(agencyStart, photo);
      String rest = s.substring(photo + 6).strip();
      boolean credit =
          agency.matches("\\p{Lu}{2,12}")
              && (rest.isEmpty() || rest.startsWith("/") && rest.matches("/[\\p{Lu} .'/-]{0,60}"));
      if (credit) {
        return s.substring(0, agencyStart).stripTrailing();
      }
    }
    return s;
  }

  /** The line without leading bullets and trailing colons, arrows, ellipses and pipes. */
  private static String trimDecoration(String line) {
    int start = 0;
    int end = line.length();
    while (start < end && "•·-–—›»>|#*".indexOf(line.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && ":|›»>…→ ".indexOf(line.charAt(end - 1)) >= 0) {
      end--;
    }
    return line.substring(start, end).strip();
  }
}
