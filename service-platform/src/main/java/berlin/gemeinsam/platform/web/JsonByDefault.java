package berlin.gemeinsam.platform.web;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.lang.reflect.Method;

/**
 * Every handler method that does not say what it produces produces JSON. Content negotiation so happens when the
 * request is mapped: a request whose {@code Accept} excludes JSON is refused with 406 before the handler runs,
 * instead of after it has stored and emitted what the request asked for.
 */
public class JsonByDefault implements WebMvcRegistrations {

    @Override
    public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
        return new RequestMappingHandlerMapping() {
            @Override
            protected RequestMappingInfo getMappingForMethod(Method method, Class<?> handlerType) {
                RequestMappingInfo mapping = super.getMappingForMethod(method, handlerType);
                if (mapping == null || !mapping.getProducesCondition().isEmpty()) {
                    return mapping;
                }
                return mapping.mutate().produces(MediaType.APPLICATION_JSON_VALUE).build();
            }
        };
    }
}
