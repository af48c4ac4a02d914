#!/bin/sh
# exports.sh CPP HEADER... — print, one a line and sorted, the name of every
# function the public headers declare: the ABI of libgeshibai.so.
#
# The headers are run through the C preprocessor (CPP, with its -I flags), so
# comments and macros (GSB_WARN_UNUSED …) are gone; the output is cut into
# statements at each ';' and a statement that declares a function is one
# whose name gsb_… is followed by '('. Type definitions (typedef …), static
# inline helpers and struct members are not functions of the library.
#
# lib/local.mk writes the export list lib/libgeshibai.sym with it (libtool
# -export-symbols), and tests/exports.sh compares the symbols the built
# library exports with it: a private helper that leaks, or a declared function
# that is missing, fails `make check`.
set -e
cpp=$1
shift
tmp=${TMPDIR:-/tmp}/gsb-exports.$$
trap 'rm -f "$tmp.c"' EXIT
: > "$tmp.c"
for h in "$@"; do
	case $h in /*) ;; *) h=$PWD/$h ;; esac
	printf '#include "%s"\n' "$h" >> "$tmp.c"
done
$cpp -P "$tmp.c" |
	tr '\n' ' ' | tr ';' '\n' |
	grep -v -w -e typedef -e static |
	sed 's/{[^}]*}//g' |
	grep -o '\bgsb_[a-z0-9_]* *(' |
	sed 's/ *($//' |
	LC_ALL=C sort -u
