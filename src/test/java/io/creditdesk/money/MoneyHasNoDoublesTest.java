package io.creditdesk.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;

/**
 * Money is never a double: no public method, constructor, field or record component in
 * {@code io.creditdesk.money} or {@code io.creditdesk.offer} takes or gives a {@code double}/{@code float}
 * (boxed or primitive), and no record there (offers, terms, schedules, simulation results) has one.
 */
class MoneyHasNoDoublesTest {
    static final Set<String> FLOATING = Set.of("double", "float", "java.lang.Double", "java.lang.Float");

    static JavaClasses importPackage(String pkg) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(pkg);
    }

    @Test
    void moneyAndOfferTypesExposeNoDoubleOrFloat() {
        List<String> offenders = new ArrayList<>();
        JavaClasses classes = importPackage("io.creditdesk.money");
        assertThat(classes).isNotEmpty();
        List<JavaClass> all = new ArrayList<>(classes);
        importPackage("io.creditdesk.offer").forEach(all::add);
        for (JavaClass c : all) {
            if (!c.getModifiers().contains(JavaModifier.PUBLIC)) {
                continue;
            }
            for (JavaMethod m : c.getMethods()) {
                if (!m.getModifiers().contains(JavaModifier.PUBLIC)) {
                    continue;
                }
                if (FLOATING.contains(m.getRawReturnType().getName())) {
                    offenders.add(m.getFullName() + " returns " + m.getRawReturnType().getName());
                }
                m.getRawParameterTypes().stream().filter(t -> FLOATING.contains(t.getName()))
                        .forEach(t -> offenders.add(m.getFullName() + " takes " + t.getName()));
            }
            c.getConstructors().stream().filter(k -> k.getModifiers().contains(JavaModifier.PUBLIC))
                    .forEach(k -> k.getRawParameterTypes().stream().filter(t -> FLOATING.contains(t.getName()))
                            .forEach(t -> offenders.add(k.getFullName() + " takes " + t.getName())));
            for (JavaField f : c.getFields()) {
                if (f.getModifiers().contains(JavaModifier.PUBLIC) && FLOATING.contains(f.getRawType().getName())) {
                    offenders.add(f.getFullName() + " is " + f.getRawType().getName());
                }
            }
        }
        assertThat(offenders).as("money API with floating point").isEmpty();
    }

    @Test
    void offerRecordsHaveNoDoubleOrFloatComponents() throws ClassNotFoundException {
        List<String> offenders = new ArrayList<>();
        int records = 0;
        for (String pkg : List.of("io.creditdesk.money", "io.creditdesk.offer")) {
            for (JavaClass c : importPackage(pkg)) {
                Class<?> type = Class.forName(c.getName());
                if (!type.isRecord()) {
                    continue;
                }
                records++;
                for (RecordComponent rc : type.getRecordComponents()) {
                    if (FLOATING.contains(rc.getType().getName())) {
                        offenders.add(type.getName() + "." + rc.getName());
                    }
                }
            }
        }
        assertThat(records).as("records checked").isGreaterThan(5);
        assertThat(offenders).as("record components with floating point").isEmpty();
    }

    @Test
    void theCheckWouldCatchADouble() {
        record Bad(double amount) {
        }
        assertThat(FLOATING).contains(Bad.class.getRecordComponents()[0].getType().getName());
    }
}
