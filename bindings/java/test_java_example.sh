#!/bin/sh
# Runs examples/java/BatchTable over examples/ and checks its table (TAP).
: "${GSB_BUILDDIR:=$(pwd)}"
: "${GSB_SRCDIR:=$(cd "$(dirname "$0")/../.." && pwd)}"
echo "1..2"
out=$("$GSB_BUILDDIR/bindings/java/jrun" BatchTable "$GSB_SRCDIR/examples" 2>&1)
rc=$?
echo "$out" | sed 's/^/# /'
if test $rc -eq 0; then echo "ok 1 - BatchTable exits 0"; else echo "not ok 1 - BatchTable exits 0 (got $rc)"; fi
if echo "$out" | grep -q 'QD-2019-007.*cross-domain.*19205208\.33'; then
	echo "ok 2 - table holds the Qingdao example's tier and grant"
else
	echo "not ok 2 - table holds the Qingdao example's tier and grant"
fi
