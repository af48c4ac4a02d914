#!/bin/sh
# The Java binding's thread and string-argument stress tests (TAP), with the
# JVM's JNI checks on (-Xcheck:jni): any JNI misuse aborts the run.
: "${GSB_BUILDDIR:=$(pwd)}"
: "${GSB_SRCDIR:=$(cd "$(dirname "$0")/../.." && pwd)}"
export GSB_BUILDDIR GSB_SRCDIR
exec "$GSB_BUILDDIR/bindings/java/jrun" -Xcheck:jni org.geshibai.TapRunner org.geshibai.ThreadsTest "$@"
