package dev.integrations.sandbox;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;

/**
 * Registers the annotated bean only when {@code integrations.sandbox.enabled=true}, so that no
 * stand-in endpoint exists otherwise and {@code /sandbox/**} returns 404.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnBooleanProperty("integrations.sandbox.enabled")
public @interface ConditionalOnSandbox {

}
