package org.geshibai;

import org.junit.runner.Description;
import org.junit.runner.JUnitCore;
import org.junit.runner.Result;
import org.junit.runner.notification.Failure;
import org.junit.runner.notification.RunListener;

/** Runs JUnit 4 test classes and prints TAP (one line per test) for automake. */
public final class TapRunner extends RunListener {
    private int n;
    private boolean failed;

    @Override
    public void testStarted(Description d) {
        failed = false;
    }

    @Override
    public void testFailure(Failure f) {
        failed = true;
        System.out.println("not ok " + (++n) + " - " + name(f.getDescription()));
        for (String line : f.getTrace().split("\n"))
            System.out.println("# " + line);
    }

    @Override
    public void testAssumptionFailure(Failure f) {
        failed = true;
        System.out.println("ok " + (++n) + " - " + name(f.getDescription()) + " # SKIP "
                           + f.getMessage());
    }

    @Override
    public void testIgnored(Description d) {
        System.out.println("ok " + (++n) + " - " + name(d) + " # SKIP ignored");
    }

    @Override
    public void testFinished(Description d) {
        if (!failed)
            System.out.println("ok " + (++n) + " - " + name(d));
        System.out.flush();
    }

    private static String name(Description d) {
        return d.getClassName() + "." + d.getMethodName();
    }

    public static void main(String[] args) throws ClassNotFoundException {
        JUnitCore core = new JUnitCore();
        TapRunner tap = new TapRunner();
        core.addListener(tap);
        Class<?>[] classes = new Class<?>[args.length];
        for (int i = 0; i < args.length; i++)
            classes[i] = Class.forName(args[i]);
        Result r = core.run(classes);
        System.out.println("1.." + tap.n);
        System.exit(r.wasSuccessful() ? 0 : 1);
    }
}
