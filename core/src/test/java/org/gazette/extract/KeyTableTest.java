package org.gazette.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyTableTest {
  @Test
  void findsEveryKeyByItsNumberAndNoOther() {
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      keys.add("key " + i);
    }
    keys.add("");
    keys.add("zürich");
    keys.add("北京");
    KeyTable table = KeyTable.of(keys);
    assertThat(table.size()).isEqualTo(keys.size());
    for (int i = 0; i < keys.size(); i++) {
      assertThat(table.indexOf(keys.get(i))).as(keys.get(i)).isEqualTo(i);
      assertThat(table.get(i)).isEqualTo(keys.get(i));
    }
    assertThat(table.indexOf("key 5000")).isEqualTo(-1);
    assertThat(table.indexOf("key")).isEqualTo(-1);
    assertThat(table.indexOf("zurich")).isEqualTo(-1);
    assertThat(table.indexOf("key 10 ")).isEqualTo(-1);
  }

  @Test
  void anEmptyTableFindsNothing() {
    KeyTable table = KeyTable.of(List.of());
    assertThat(table.size()).isZero();
    assertThat(table.indexOf("")).isEqualTo(-1);
    assertThat(table.indexOf("anything")).isEqualTo(-1);
  }

  @Test
  void aKeyMayComeOnceOnly() {
    assertThatThrownBy(() -> KeyTable.of(List.of("erbil", "mosul", "erbil")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"erbil\" comes twice");
  }

  @Test
  void endsMustFitTheCharacters() {
    char[] chars = "erbilmosul".toCharArray();
    assertThat(new KeyTable(chars, new int[] {5, 10}).indexOf("mosul")).isEqualTo(1);
    assertThatThrownBy(() -> new KeyTable(chars, new int[] {5, 11}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new KeyTable(chars, new int[] {6, 5}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new KeyTable(chars, new int[] {5}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("left after the last key");
  }
}
