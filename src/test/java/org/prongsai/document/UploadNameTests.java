package org.prongsai.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A download's name says what it is: never a misleading ending, never a character that reverses the text. */
class UploadNameTests {

    @Test
    void namesADownloadByTheTypeItsBytesAre() {
        assertThat(DocumentManagement.nameForType("report.pdf.html", "application/pdf"))
                .isEqualTo("report.pdf");
        assertThat(DocumentManagement.nameForType("x.exe", "text/plain")).isEqualTo("x.txt");
        assertThat(DocumentManagement.nameForType("รายงาน", "application/pdf")).isEqualTo("รายงาน.pdf");
    }

    @Test
    void keepsANameWhoseEndingAlreadyFits() {
        assertThat(DocumentManagement.nameForType("photo.jpeg", "image/jpeg")).isEqualTo("photo.jpeg");
        assertThat(DocumentManagement.nameForType("แผน.PDF", "application/pdf")).isEqualTo("แผน.PDF");
    }

    @Test
    void dropsBidirectionalOverridesAndControlCharacters() {
        // U+202E turns "report\u202Efdp.exe" into what reads as "reportexe.pdf".
        assertThat(DocumentManagement.safeName("report\u202Efdp.exe")).isEqualTo("reportfdp.exe");
        assertThat(DocumentManagement.safeName("a\u2066b\u200Fc\u0007d.pdf")).isEqualTo("abc_d.pdf");
        assertThat(DocumentManagement.safeName("../../etc/passwd")).isEqualTo("passwd");
    }
}
