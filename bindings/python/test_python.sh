#!/bin/sh
# The Python binding's unittest suite (TAP), run by make check.
: "${GSB_BUILDDIR:=$(pwd)}"
: "${GSB_SRCDIR:=$(cd "$(dirname "$0")/../.." && pwd)}"
export GSB_BUILDDIR GSB_SRCDIR
exec "$GSB_BUILDDIR/bindings/python/pyrun" "$GSB_SRCDIR/bindings/python/test_geshibai.py" "$@"
