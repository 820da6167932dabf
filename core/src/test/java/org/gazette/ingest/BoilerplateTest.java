package org.gazette.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BoilerplateTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "close",
        "Close",
        "Back to top button",
        "Back to top",
        "Skip to content",
        "Skip to main content",
        "Related Articles",
        "Related Posts",
        "You may also like",
        "Read more",
        "Read more: Iraq's parliament votes on foreign troops",
        "READ MORE",
        "Source link",
        "Advertisement",
        "Story continues below advertisement",
        "Share",
        "Share this article",
        "Share on Facebook",
        "Tweet",
        "Follow us on Twitter",
        "Follow us on Google News",
        "Subscribe to our newsletter",
        "Sign up for our daily newsletter",
        "Get the Morning Brief newsletter delivered to your inbox",
        "We use cookies to improve your experience. By using this site you accept our cookie policy.",
        "This website uses cookies",
        "Tags: Iraq, coalition, ISIS",
        "Previous article",
        "Next post",
        "Copyright 2024 The New Arab. All rights reserved.",
        "© 2024 Politico",
        "Leave a comment",
        "12 Comments",
        "Do you like this article?",
        "Was this article helpful?",
        "Captcha *",
        "Shutterstock",
        "(Getty)",
        "Getty Images",
        "AFP/Getty Images",
        "AFP PHOTO",
        "[Reuters]",
        "Photo: Reuters",
        "Image credit: Ali Al-Saadi",
        "• Related",
        "Loading..."
      })
  void recognisesPageFurniture(String line) {
    assertThat(Boilerplate.isFurniture(line)).as(line).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Reuters", // a bare agency name at the end of an article is a signature
        "Arab Observer",
        "Security",
        "Clandestine presence",
        "The coalition will close the base by September.",
        "Officials said they would share intelligence with Baghdad.",
        "Read the statement in full, the ministry said, before any decision is taken.",
        "A bakery in Erbil sells cookies to soldiers at the base.",
        "Related talks were held in Washington on Thursday.",
        "Copyright law was not part of the negotiations.",
        "Follow the money, the analyst said."
      })
  void keepsRealTextThatMentionsFurnitureWords(String line) {
    assertThat(Boilerplate.isFurniture(line)).as(line).isFalse();
  }

  @Test
  void ignoresLongLinesWhateverTheyContain() {
    String longLine = "Share this article. ".repeat(20);
    assertThat(Boilerplate.isFurniture(longLine)).isFalse();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "urban centres. AFP PHOTO / ALI AL-SAADI *** Local Caption *** 205570-01-08.jpg *** Local"
            + " Caption *** 205570-01-08.jpg | urban centres.",
        "The operation has raised doubts. (Getty) | The operation has raised doubts.",
        "Troops on patrol in Mosul. [AFP] | Troops on patrol in Mosul.",
        "Troops on patrol in Mosul. IMG_2041.JPG | Troops on patrol in Mosul.",
        "Supplies seen in March. [Iraqi armed forces spokesman Maj. Gen. Yahya Rasul] | Supplies"
            + " seen in March. [Iraqi armed forces spokesman Maj. Gen. Yahya Rasul]",
        "The US Army PHOTO archive was opened. | The US Army PHOTO archive was opened."
      })
  void stripsImageResidueAndTrailingCreditsButKeepsTheCaption(String line, String stripped) {
    assertThat(Boilerplate.stripResidue(line)).isEqualTo(stripped);
  }

  @Test
  void treatsShortLinesAfterAPollAsItsOptions() {
    assertThat(Boilerplate.opensPoll("Do you like this article?")).isTrue();
    assertThat(Boilerplate.opensPoll("Captcha *")).isTrue();
    assertThat(Boilerplate.isPollOption("Outstanding")).isTrue();
    assertThat(Boilerplate.isPollOption("Not useful at all")).isTrue();
    assertThat(Boilerplate.isPollOption("The talks went on.")).isFalse();
  }
}
