package org.prongsai.shared.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import org.prongsai.shared.ThaiFormat;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Thai first: the Thai bundle is the base, English its {@code _en} twin, and {@code ?lang=} switches. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final Locale ENGLISH = Locale.ENGLISH;

    @Bean
    MessageSource messageSource() throws IOException {
        var source = new ReloadableResourceBundleMessageSource() {
            @Override
            protected String getMessageInternal(String code, Object[] args, Locale locale) {
                var text = super.getMessageInternal(code, args, locale);
                return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage())
                        ? EnglishYears.write(text)
                        : text;
            }
        };
        source.setBasenames(MessageBundles.basenames());
        source.setDefaultEncoding("UTF-8");
        // Never the machine's locale: a missing English text falls back to the Thai base bundle.
        source.setFallbackToSystemLocale(false);
        source.setCacheMillis(-1);
        return source;
    }

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver("prongsai-lang");
        resolver.setDefaultLocale(ThaiFormat.THAI);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    /** Dates bind as dd/mm/B.E. (an ISO date is still read): no form takes a Christian-Era picker's date. */
    @Override
    public void addFormatters(org.springframework.format.FormatterRegistry registry) {
        registry.addFormatterForFieldType(java.time.LocalDate.class, new BuddhistDateFormatter());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }

    /** Finds every module's bundle under {@code messages/}, so a new module needs no registration. */
    static final class MessageBundles {
        private MessageBundles() {}

        static String[] basenames() throws IOException {
            var resources = new PathMatchingResourcePatternResolver().getResources("classpath*:messages/*.properties");
            return Arrays.stream(resources)
                    .map(r -> r.getFilename())
                    .filter(name -> name != null && !name.contains("_"))
                    .map(name -> "classpath:messages/" + name.substring(0, name.length() - ".properties".length()))
                    .distinct()
                    .sorted()
                    .toArray(String[]::new);
        }
    }
}
