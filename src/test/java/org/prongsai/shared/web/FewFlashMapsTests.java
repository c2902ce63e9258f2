package org.prongsai.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.web.servlet.FlashMap;

/** A session that never follows its redirects keeps a few messages, and a browser still finds its own. */
class FewFlashMapsTests {

    private final FewFlashMaps flash = new FewFlashMaps();
    private final MockHttpSession session = new MockHttpSession();

    @Test
    void keepsTheNewestFewAndTheNextPageStillShowsItsMessage() {
        for (int i = 1; i <= 30; i++) {
            var message = new FlashMap();
            message.put("saved", "news.published." + i);
            message.setTargetRequestPath("/admin/news");
            flash.saveOutputFlashMap(message, request("POST"), new MockHttpServletResponse());
        }
        @SuppressWarnings("unchecked")
        var kept = (List<FlashMap>)
                session.getAttribute(FewFlashMaps.class.getSuperclass().getName() + ".FLASH_MAPS");
        assertThat(kept).hasSize(FewFlashMaps.KEPT);
        assertThat(kept.get(FewFlashMaps.KEPT - 1).get("saved")).isEqualTo("news.published.30");

        // The page the last form was sent to finds a message, and reading it takes it away.
        var shown = flash.retrieveAndUpdate(request("GET"), new MockHttpServletResponse());
        assertThat((Object) shown).isNotNull();
        assertThat(shown.get("saved")).asString().startsWith("news.published.");
        @SuppressWarnings("unchecked")
        var left = (List<FlashMap>)
                session.getAttribute(FewFlashMaps.class.getSuperclass().getName() + ".FLASH_MAPS");
        assertThat(left).hasSize(FewFlashMaps.KEPT - 1);
    }

    private MockHttpServletRequest request(String method) {
        var request = new MockHttpServletRequest(method, "/admin/news");
        request.setSession(session);
        return request;
    }
}
