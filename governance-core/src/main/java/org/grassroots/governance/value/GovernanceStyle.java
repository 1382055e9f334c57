package org.grassroots.governance.value;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The house style of every Immutables value type in this library, applied in each model
 * package's {@code package-info.java}.
 *
 * <p>Generated {@code Immutable*} classes are package-private and hidden behind the abstract
 * value type ({@code overshadowImplementation}); a type with many fields exposes a public nested
 * {@code Builder} that extends the generated one (the "sandwich"). Required attributes are not
 * checked by the generated code ({@code validationMethod = NONE}): each type's single
 * {@code @Value.Check} method reports every missing or invalid attribute at once through
 * {@link org.grassroots.governance.validation.Violations}, on every construction path
 * ({@code of}, {@code build()}, {@code with*} copies and Java deserialisation).
 *
 * <pre>{@code
 * @GovernanceStyle
 * package org.grassroots.governance.agreement;
 * }</pre>
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    validationMethod = Value.Style.ValidationMethod.NONE,
    defaults = @Value.Immutable(copy = true),
    allowedClasspathAnnotations = {Override.class},
    jdkOnly = false)
public @interface GovernanceStyle {}
