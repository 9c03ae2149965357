package berlin.gemeinsam.notifications.mail;

import berlin.gemeinsam.notifications.mail.application.MailDeliveries;
import berlin.gemeinsam.notifications.mail.application.MailProperties;
import berlin.gemeinsam.notifications.mail.application.PendingMailSender;
import ch.qos.logback.classic.Level;
import com.mongodb.client.MongoClients;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.ClassPathBeanDefinitionScanner;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.type.filter.RegexPatternTypeFilter;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The mail sender as a process of its own, for {@link MailSenderKillTest}: the service's own sender with its store
 * adapters and its SMTP adapter, on a database of the shared store and the test's mail server, without the rest of
 * the service (no broker, no web). With {@value #STOP_BEFORE_MARK} it stops for good when it would mark its first mail
 * sent, after the SMTP server took it, and says so on its output with {@value #SENT_NOT_MARKED} and the mail's id, so
 * that the test can kill it right there.
 *
 * <p>Arguments: the store's URI, the database, the SMTP port, optionally {@value #STOP_BEFORE_MARK}.
 */
public final class MailSenderProcess {

    static final String STOP_BEFORE_MARK = "--stop-before-mark";
    static final String SENT_NOT_MARKED = "sent, not marked: ";
    static final String READY = "sender ready";
    /** Short, so that the restarted sender takes over the killed one's mail soon. */
    static final Duration CLAIM_TIME = Duration.ofSeconds(1);
    static final String MESSAGE_ID_DOMAIN = "gemeinsam.berlin";

    private MailSenderProcess() {
    }

    public static void main(String[] args) throws InterruptedException {
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        String storeUri = args[0];
        String database = args[1];
        int smtpPort = Integer.parseInt(args[2]);
        boolean stopBeforeMark = args.length > 3 && args[3].equals(STOP_BEFORE_MARK);

        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        context.registerBean(MongoTemplate.class, () -> new MongoTemplate(MongoClients.create(storeUri), database));
        context.registerBean(JavaMailSender.class, () -> {
            JavaMailSenderImpl sender = new JavaMailSenderImpl();
            sender.setHost("127.0.0.1");
            sender.setPort(smtpPort);
            return sender;
        });
        context.registerBean(MailProperties.class, () -> new MailProperties("benachrichtigungen@gemeinsam.berlin",
                "http://127.0.0.1:8084", "http://127.0.0.1:8080", Duration.ofHours(24), "2026-12-01", CLAIM_TIME, 8,
                Duration.ofMinutes(1), Duration.ofDays(90), MESSAGE_ID_DOMAIN));
        context.registerBean(Clock.class, Clock::systemUTC);
        context.registerBean(MeterRegistry.class, SimpleMeterRegistry::new);
        context.registerBean("messageSource", MessageSource.class, () -> {
            ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
            messages.setBasename("messages");
            messages.setDefaultEncoding("UTF-8");
            messages.setFallbackToSystemLocale(false);
            return messages;
        });
        if (stopBeforeMark) {
            context.registerBean("stopBeforeMark", BeanPostProcessor.class, () -> new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return bean instanceof MailDeliveries deliveries ? stoppingBeforeMark(deliveries) : bean;
                }
            });
        }
        ClassPathBeanDefinitionScanner scanner = new ClassPathBeanDefinitionScanner(context, false);
        scanner.addIncludeFilter(new RegexPatternTypeFilter(Pattern.compile(".*\\.(PendingMailSender|MailTexts"
                + "|MongoMailDeliveries|MongoContacts|MongoUnsubscribeLinks|MongoSubscriptions|SmtpMails"
                + "|DeliveryMetrics)")));
        scanner.scan("berlin.gemeinsam.notifications");
        context.refresh();

        PendingMailSender sender = context.getBean(PendingMailSender.class);
        Executors.newSingleThreadScheduledExecutor()
                .scheduleWithFixedDelay(sender::sendPending, 0, 100, TimeUnit.MILLISECONDS);
        System.out.println(READY);
        new CountDownLatch(1).await();
    }

    /** The store's deliveries, except that marking one sent announces it and then never returns. */
    private static MailDeliveries stoppingBeforeMark(MailDeliveries deliveries) {
        return (MailDeliveries) Proxy.newProxyInstance(MailDeliveries.class.getClassLoader(),
                new Class<?>[]{MailDeliveries.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("markSent")) {
                        System.out.println(SENT_NOT_MARKED + arguments[0]);
                        System.out.flush();
                        new CountDownLatch(1).await();
                    }
                    try {
                        return method.invoke(deliveries, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
