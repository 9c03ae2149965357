package berlin.gemeinsam.platform.web;

import berlin.gemeinsam.platform.errors.NotFoundException;
import org.springframework.boot.actuate.endpoint.EndpointId;
import org.springframework.boot.actuate.endpoint.OperationType;
import org.springframework.boot.actuate.endpoint.invoke.OperationInvoker;
import org.springframework.boot.actuate.endpoint.invoke.OperationInvokerAdvisor;
import org.springframework.boot.actuate.endpoint.invoke.OperationParameters;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;

/**
 * Changing the state of a binding that does not exist is a 404: Spring Cloud Stream's bindings endpoint would
 * silently do nothing and answer 204.
 */
public class UnknownBindings implements OperationInvokerAdvisor {

    private static final EndpointId BINDINGS = EndpointId.of("bindings");

    private final BindingsLifecycleController bindings;

    public UnknownBindings(BindingsLifecycleController bindings) {
        this.bindings = bindings;
    }

    @Override
    public OperationInvoker apply(EndpointId endpointId, OperationType operationType, OperationParameters parameters,
                                  OperationInvoker invoker) {
        if (!BINDINGS.equals(endpointId) || operationType != OperationType.WRITE || parameters.getParameterCount() == 0) {
            return invoker;
        }
        // the binding's name is the operation's path selector, its first parameter
        String selector = parameters.get(0).getName();
        return context -> {
            String name = String.valueOf(context.getArguments().get(selector));
            if (bindings.queryState(name).isEmpty()) {
                throw new NotFoundException("binding", name);
            }
            return invoker.invoke(context);
        };
    }
}
