package org.gazette.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TsvGzipTest {
  @Test
  void splitsFieldsAtTabsKeepingEmptyOnesAsSplitDoes() {
    for (String line :
        new String[] {
          "", "one", "a\tb", "a\t\tc", "\tlead", "trail\t", "\t", "\t\t", "Ma'an\t1500\tJO\t"
        }) {
      assertThat(TsvGzip.fields(line)).as(line).containsExactly(line.split("\t", -1));
    }
  }
}
