package org.prongsai.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.prongsai.agency.web.UnitNames;
import org.prongsai.shared.CurrentAgency;
import org.prongsai.support.Browser;
import org.prongsai.support.ProngsaiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.i18n.LocaleContextHolder;

/** English pages give the province and the units their English names, never Thai words in English frames. */
@ProngsaiTest
class EnglishNamesTests {

    @LocalServerPort
    int port;

    @Test
    void thePublicSiteNamesTheProvinceInEnglish() {
        var browser = new Browser(port);
        assertThat(browser.get("/?lang=en").body())
                .contains("Nakhon Ratchasima Province")
                .doesNotContain("นครราชสีมา Province");
        assertThat(browser.get("/?lang=th").body()).contains("จังหวัดนครราชสีมา");
    }

    @Test
    void unitsAsPlansKeepThemAreShownInTheReadersLanguage(
            @Autowired UnitNames units, @Autowired AgencyManagement agencies) {
        // Plans and measures keep a unit by its Thai name, as the signed announcement prints it.
        var agency = agencies.findIdBySlug("banprongsai").orElseThrow();
        try {
            LocaleContextHolder.setLocale(Locale.ENGLISH);
            assertThat(CurrentAgency.callAs(agency, () -> units.name("สำนักปลัด")))
                    .isEqualTo("Office of the Permanent Secretary");
            assertThat(CurrentAgency.callAs(agency, () -> units.name("กองที่ไม่มี")))
                    .isEqualTo("กองที่ไม่มี");
            LocaleContextHolder.setLocale(Locale.forLanguageTag("th-TH"));
            assertThat(CurrentAgency.callAs(agency, () -> units.name("สำนักปลัด")))
                    .isEqualTo("สำนักปลัด");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    @Test
    void everyProvinceHasItsEnglishName() {
        assertThat(Provinces.english("นครราชสีมา")).contains("Nakhon Ratchasima");
        assertThat(Provinces.english(" กรุงเทพมหานคร ")).contains("Bangkok");
        assertThat(Provinces.english("ไม่มีจังหวัดนี้")).isEmpty();
    }
}
