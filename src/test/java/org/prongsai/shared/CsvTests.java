package org.prongsai.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;

class CsvTests {

    @Test
    void neverGivesASpreadsheetAFormulaToRun() {
        assertThat(Csv.neutralise("=HYPERLINK(\"http://evil\",\"คลิก\")")).startsWith("'=");
        assertThat(Csv.neutralise("+1+cmd|' /C calc'!A0")).startsWith("'+");
        assertThat(Csv.neutralise("-2+3")).startsWith("'-");
        assertThat(Csv.neutralise("@SUM(A1)")).startsWith("'@");
        assertThat(Csv.neutralise("\t=1")).startsWith("'\t");
    }

    @Test
    void keepsNumbersAndOrdinaryThaiTextAsTheyAre() {
        assertThat(Csv.neutralise("-1.5")).isEqualTo("-1.5");
        assertThat(Csv.neutralise("84.99")).isEqualTo("84.99");
        assertThat(Csv.neutralise("โครงสร้างหน่วยงาน")).isEqualTo("โครงสร้างหน่วยงาน");
        assertThat(Csv.neutralise(null)).isEmpty();
    }

    @Test
    void writesRfc4180WithABomThatAStrictReaderReadsBack() throws Exception {
        var text = Csv.write(
                List.of("code", "name"),
                List.of(List.of("O1", "ชื่อ, มี \"เครื่องหมาย\"\nสองบรรทัด"), List.of("O2", "=1+1")));
        assertThat(text).startsWith("\uFEFFcode,name\r\n");
        var records =
                CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
        assertThat(records.get(1).get(1)).isEqualTo("ชื่อ, มี \"เครื่องหมาย\"\nสองบรรทัด");
        assertThat(records.get(2).get(1)).isEqualTo("'=1+1");
    }
}
