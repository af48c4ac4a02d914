#!/bin/sh
# Every citation resolves inside the project (issue 14): the code, headers,
# schemas, help texts, bindings, tests and README cite the project's own
# documents (docs/NAME.md, docs/rules.md §N and §11.N), never the shared
# specification the project was built against. As TAP, one line per kind of
# citation; a failing line lists every FILE:LINE at fault.
#   1. every docs/NAME.md cited exists;
#   2. no rules.md / formats.md / design.md / provisions.md cited without docs/
#      (a reader of the project alone would not find it);
#   3. nothing mentions ../shared (or shared/spec, shared/policy) except the
#      runners of the public conformance cases;
#   4. every § section cited outside docs/ has its anchor in docs/rules.md;
#   5. every link between the documents of docs/ (FILE.md#anchor, #anchor)
#      names a file of docs/ and an anchor that file holds.
set -u
S=${GSB_SRCDIR:-.}
cd "$S" || exit 99
echo "1..5"

# The project's sources and texts, not its build products or docs/ itself.
sources() {
	for d in lib include cli bindings tests data bench examples man .ci; do
		[ -d "$d" ] && find "$d" -type f \( -name '*.c' -o -name '*.h' -o -name '*.i' \
			-o -name '*.py' -o -name '*.java' -o -name '*.sh' -o -name '*.mk' \
			-o -name '*.xsd' -o -name '*.xml' -o -name '*.json' -o -name '*.md' \
			-o -name '*.supp' -o -name '*.[13]' -o -name '*.in' -o -name run \) \
			! -name 'Makefile.in' ! -name '*_wrap.c' ! -path '*/.libs/*' \
			! -path '*/build/*' ! -path tests/citations.sh -print
	done
	for f in README.md configure.ac Makefile.am geshibai.pc.in; do
		[ -f "$f" ] && echo "$f"
	done
}
files=$(sources | sort)
[ -n "$files" ] || { echo "Bail out! no sources under $S"; exit 99; }

report() { # N DESCRIPTION FAULTS
	if [ -z "$3" ]; then
		echo "ok $1 - $2"
	else
		echo "not ok $1 - $2"
		printf '%s\n' "$3" | sed 's/^/# /'
	fi
}

# 1. docs/NAME.md exists.
n=0 bad=""
for hit in $(grep -IonH 'docs/[A-Za-z0-9_-]*\.md' $files | sed 's/ /_/g'); do
	n=$((n + 1))
	doc=${hit##*:}
	[ -f "$doc" ] || bad="$bad${bad:+
}$hit: no such document"
done
[ "$n" -ge 50 ] || bad="$bad${bad:+
}only $n citations of docs/*.md found: is the scan broken?"
report 1 "the $n citations of docs/NAME.md name documents of docs/" "$bad"

# 2. No citation of a document the project does not hold.
bad=$(grep -InHP '(?<![\w/.-])(rules|formats|design|provisions)\.md' $files)
report 2 "no rules.md, formats.md, design.md or provisions.md cited without docs/" "$bad"

# 3. ../shared only where the public conformance cases are run.
bad=$(grep -InH -e '\.\./shared' -e 'shared/spec' -e 'shared/policy' -e '/work/shared' $files |
	grep -v -e '^\.ci/run:' \
		-e '^bindings/java/test/org/geshibai/GeshibaiTest\.java:')
report 3 "nothing but the conformance runners mentions ../shared" "$bad"

# 4. § sections: §N is anchor sN, §N.M anchor sN-M of docs/rules.md.
anchors=$(grep -o 'id="[^"]*"' docs/rules.md | sed 's/^id="//; s/"$//')
n=0 bad=""
for hit in $(grep -IonHP '§\s?\d+(\.\d+)?' $files | sed 's/ //g'); do
	n=$((n + 1))
	sec=${hit##*§}
	a="s$(printf '%s' "$sec" | tr . -)"
	printf '%s\n' "$anchors" | grep -qx "$a" || bad="$bad${bad:+
}$hit: docs/rules.md has no anchor $a"
done
[ "$n" -ge 100 ] || bad="$bad${bad:+
}only $n § citations found: is the scan broken?"
report 4 "the $n § citations outside docs/ resolve in docs/rules.md" "$bad"

# 5. Links between the documents of docs/.
n=0 bad=""
for md in docs/*.md; do
	for link in $(grep -oE '\]\(([A-Za-z0-9_-]+\.md)?(#[A-Za-z0-9_-]+)?\)' "$md" |
		sed 's/^](//; s/)$//'); do
		n=$((n + 1))
		file=${link%%#*}
		[ -n "$file" ] || file=${md#docs/}
		case $link in *'#'*) anchor=${link#*#} ;; *) anchor= ;; esac
		if [ ! -f "docs/$file" ]; then
			bad="$bad${bad:+
}$md: ($link): no docs/$file"
		elif [ -n "$anchor" ] && ! grep -q "id=\"$anchor\"" "docs/$file"; then
			bad="$bad${bad:+
}$md: ($link): docs/$file has no anchor $anchor"
		fi
	done
done
[ "$n" -ge 50 ] || bad="$bad${bad:+
}only $n links found in docs/: is the scan broken?"
report 5 "the $n links between the documents of docs/ resolve" "$bad"
