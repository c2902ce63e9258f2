package org.prongsai.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * The messages carried over a redirect ("saved", a refused form's typed text), kept in the session as Spring
 * does, but no more than a few at once. A browser reads each on the page it is sent to; a client that never
 * follows its redirects (a script, a bot on a session) would otherwise pile up three minutes of them, all
 * serialised into the session and read back on every one of its requests.
 */
@Component(DispatcherServlet.FLASH_MAP_MANAGER_BEAN_NAME)
class FewFlashMaps extends SessionFlashMapManager {

    /** More than the tabs a person sends forms from at the same moment. */
    static final int KEPT = 8;

    @Override
    protected void updateFlashMaps(List<FlashMap> flashMaps, HttpServletRequest request, HttpServletResponse response) {
        super.updateFlashMaps(
                flashMaps.size() > KEPT
                        ? new CopyOnWriteArrayList<>(flashMaps.subList(flashMaps.size() - KEPT, flashMaps.size()))
                        : flashMaps,
                request,
                response);
    }
}
