#!/bin/sh
# geshibai serve over real HTTP on 127.0.0.1 (tests/serve.py, TAP).
exec python3 "${GSB_SRCDIR:-$(dirname "$0")/..}/tests/serve.py"
