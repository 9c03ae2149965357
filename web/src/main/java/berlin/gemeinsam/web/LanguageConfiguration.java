package berlin.gemeinsam.web;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * German first, English on request: {@code ?lang=en} (or {@code de}) on any page switches the language and a cookie
 * keeps the choice; any other value is ignored.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

    static final Set<String> LANGUAGES = Set.of("de", "en");

    private final LocaleResolver localeResolver;

    LanguageConfiguration(@Value("${server.servlet.session.cookie.secure:true}") boolean secureCookies) {
        CookieLocaleResolver resolver = new CookieLocaleResolver("gemeinsam-lang");
        resolver.setDefaultLocale(Locale.GERMAN);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSecure(secureCookies);
        resolver.setCookieSameSite("Lax");
        this.localeResolver = resolver;
    }

    @Bean
    LocaleResolver localeResolver() {
        return localeResolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                String language = request.getParameter("lang");
                if (language != null && LANGUAGES.contains(language)) {
                    localeResolver.setLocale(request, response, Locale.forLanguageTag(language));
                }
                return true;
            }
        });
    }
}
