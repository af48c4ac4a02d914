#!/bin/sh
# The Python binding's thread and string-argument stress tests (TAP), run by
# make check and, under AddressSanitizer, by .ci/sanitize.sh (stage pyasan).
: "${GSB_BUILDDIR:=$(pwd)}"
: "${GSB_SRCDIR:=$(cd "$(dirname "$0")/../.." && pwd)}"
export GSB_BUILDDIR GSB_SRCDIR
exec "$GSB_BUILDDIR/bindings/python/pyrun" "$GSB_SRCDIR/bindings/python/test_threads.py" "$@"
