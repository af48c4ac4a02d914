## libFuzzer targets (issue 5, docs/security.md): `make fuzz` builds them
## with clang -fsanitize=fuzzer,address,undefined straight from the library
## sources (not through libtool); tests/fuzz/run.sh SECONDS runs them.
FUZZ_CLANG = clang
EXTRA_DIST += tests/fuzz/build.sh tests/fuzz/run.sh tests/fuzz/xml.dict \
	tests/fuzz/fuzz_application.c tests/fuzz/fuzz_ledger.c tests/fuzz/fuzz_params.c \
	tests/fuzz/fuzz_uscc.c tests/fuzz/fuzz_lookup.c tests/fuzz/fuzz_batch.c

fuzz: lib/schemas.c
	$(AM_V_at)CLANG='$(FUZZ_CLANG)' SRCDIR='$(srcdir)' BUILDDIR='$(builddir)' \
	LIB_SOURCES='$(lib_libgeshibai_core_la_SOURCES) $(nodist_lib_libgeshibai_core_la_SOURCES)' \
	DEP_CFLAGS='$(XML_CFLAGS) $(ICU_CFLAGS) $(JANSSON_CFLAGS) $(YAJL_CFLAGS)' \
	DEP_LIBS='$(XML_LIBS) $(ICU_LIBS) $(JANSSON_LIBS) $(YAJL_LIBS)' \
	$(SHELL) $(srcdir)/tests/fuzz/build.sh

fuzz-clean:
	rm -rf tests/fuzz/obj tests/fuzz/corpus tests/fuzz/fuzz_application tests/fuzz/fuzz_ledger \
		tests/fuzz/fuzz_params tests/fuzz/fuzz_uscc tests/fuzz/fuzz_lookup tests/fuzz/fuzz_batch
clean-local: fuzz-clean

.PHONY: fuzz fuzz-clean
