#!/bin/sh
# Build the libFuzzer targets (called by `make fuzz`, see tests/fuzz/local.mk).
# The library sources are compiled once with clang, instrumented for libFuzzer
# (-fsanitize=fuzzer-no-link) and ASan + UBSan, not through libtool, and
# linked whole into each target with -fsanitize=fuzzer.
#
# Environment (set by make): CLANG, SRCDIR, BUILDDIR, LIB_SOURCES (paths
# relative to SRCDIR, plus lib/schemas.c in BUILDDIR), DEP_CFLAGS, DEP_LIBS.
set -eu
CLANG=${CLANG:-clang}
SRCDIR=${SRCDIR:-.}
BUILDDIR=${BUILDDIR:-.}
out="$BUILDDIR/tests/fuzz"
obj="$out/obj"
mkdir -p "$obj"
SAN='-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer'
CFLAGS_FUZZ="-std=gnu11 -g -O1 $SAN -DHAVE_CONFIG_H -I$BUILDDIR -I$SRCDIR/include -I$SRCDIR/lib $DEP_CFLAGS"

objects=
for src in $LIB_SOURCES; do
	case $src in
	*.c) ;;
	*) continue ;;
	esac
	if [ -f "$SRCDIR/$src" ]; then path="$SRCDIR/$src"; else path="$BUILDDIR/$src"; fi
	o="$obj/$(echo "$src" | tr '/' '_' | sed 's/\.c$/.o/')"
	if [ ! -f "$o" ] || [ "$path" -nt "$o" ] || [ -n "$(find "$SRCDIR/lib" "$SRCDIR/include" -name '*.h' -newer "$o" 2>/dev/null | head -n 1)" ]; then
		echo "  CLANG    $src"
		# shellcheck disable=SC2086
		$CLANG $CFLAGS_FUZZ -fsanitize=fuzzer-no-link -c "$path" -o "$o"
	fi
	objects="$objects $o"
done

for t in fuzz_application fuzz_ledger fuzz_params fuzz_uscc fuzz_lookup fuzz_batch; do
	echo "  FUZZ     tests/fuzz/$t"
	# shellcheck disable=SC2086
	$CLANG $CFLAGS_FUZZ -fsanitize=fuzzer "$SRCDIR/tests/fuzz/$t.c" $objects $DEP_LIBS \
		-lpthread -o "$out/$t"
done
