package fr.cadre.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountInWordsTest {

  @ParameterizedTest(name = "{0} € = {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "0.00|zéro euro",
        "1.00|un euro",
        "71.00|soixante-et-onze euros",
        "80.00|quatre-vingts euros",
        "81.00|quatre-vingt-un euros",
        "100.00|cent euros",
        "200.00|deux cents euros",
        "201.00|deux cent un euros",
        "1000.00|mille euros",
        "1000000.00|un million d'euros",
        "2000000.00|deux millions d'euros",
        "1000001.00|un million un euros",
        "0.01|un centime",
        "0.80|quatre-vingts centimes",
        "1234.56|mille deux cent trente-quatre euros et cinquante-six centimes",
        "21.01|vingt-et-un euros et un centime",
      })
  void spellsTheTotalAsAVoucherStatesIt(String amount, String words) {
    assertThat(AmountInWords.of(Money.of(amount))).isEqualTo(words);
  }
}
