#!/bin/sh
# The Java binding's JUnit 4 tests, printed as TAP (org.geshibai.TapRunner).
: "${GSB_BUILDDIR:=$(pwd)}"
: "${GSB_SRCDIR:=$(cd "$(dirname "$0")/../.." && pwd)}"
export GSB_BUILDDIR GSB_SRCDIR
exec "$GSB_BUILDDIR/bindings/java/jrun" org.geshibai.TapRunner org.geshibai.GeshibaiTest "$@"
