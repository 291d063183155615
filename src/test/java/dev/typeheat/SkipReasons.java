package dev.typeheat;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

import java.util.ArrayList;
import java.util.List;

/**
 * Prints every skipped test with its reason on the console, as it happens and once more at the end:
 * Surefire counts skips but keeps their reasons in target/surefire-reports. Registered through
 * META-INF/services, so it runs wherever the JUnit Platform launcher runs the tests.
 */
public final class SkipReasons implements TestExecutionListener {
    private final List<String> skipped = new ArrayList<>();

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        note(test, reason);
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
            note(test, result.getThrowable().map(Throwable::getMessage).orElse("aborted"));
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        if (!skipped.isEmpty()) {
            System.out.println("[typeheat tests] " + skipped.size() + " skipped:");
            skipped.forEach(s -> System.out.println("[typeheat tests]   " + s));
        }
    }

    private synchronized void note(TestIdentifier test, String reason) {
        String line = where(test) + ": " + reason;
        skipped.add(line);
        System.out.println("[typeheat tests] SKIPPED " + line);
    }

    private static String where(TestIdentifier test) {
        String name = test.getDisplayName();
        return test.getSource().map(s -> {
            if (s instanceof org.junit.platform.engine.support.descriptor.MethodSource m) {
                return m.getClassName().replaceFirst("^dev\\.typeheat\\.", "") + "." + m.getMethodName()
                        + (name.startsWith(m.getMethodName()) ? "" : " [" + name + "]");
            }
            if (s instanceof org.junit.platform.engine.support.descriptor.ClassSource c) {
                return c.getClassName().replaceFirst("^dev\\.typeheat\\.", "");
            }
            return name;
        }).orElse(name);
    }
}
