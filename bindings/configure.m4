dnl Bindings: detected here, built when found (see bindings/*/local.mk).
AM_CONDITIONAL([ENABLE_PYTHON], [false])
AM_CONDITIONAL([ENABLE_JAVA], [false])
