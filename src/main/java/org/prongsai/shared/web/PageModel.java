package org.prongsai.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.ModelMap;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.view.RedirectView;

/**
 * What every rendered page's layout needs, added once the handler has chosen a page to render. Unlike a
 * {@code @ModelAttribute} of an advice, it costs nothing to a form post that redirects, a file or the API: under
 * load a public question spent a tenth of its time filling a model nobody read. A value the handler put in the
 * model itself is kept. Every handler that renders a page returns normally (the exception handlers redirect),
 * so the page always gets these.
 */
public abstract class PageModel implements HandlerInterceptor, WebMvcConfigurer {

    /** Adds this module's values to the model of a page about to be rendered. */
    protected abstract void addTo(ModelMap model, HttpServletRequest request);

    @Override
    public final void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public final void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView page) {
        if (page == null || page.getView() instanceof RedirectView) {
            return;
        }
        var name = page.getViewName();
        if (name != null && (name.startsWith("redirect:") || name.startsWith("forward:"))) {
            return;
        }
        var before = new ModelMap();
        addTo(before, request);
        before.forEach(page.getModelMap()::putIfAbsent);
    }
}
