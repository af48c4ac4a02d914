## Benchmarks: `make bench` builds and runs them; each prints its figures.
EXTRA_PROGRAMS = bench/gen_apps bench/bench_decide
bench_gen_apps_SOURCES = bench/gen_apps.c bench/gen.c bench/gen.h
bench_gen_apps_LDADD = lib/libgeshibai.la
bench_bench_decide_SOURCES = bench/bench_decide.c bench/gen.c bench/gen.h
bench_bench_decide_LDADD = lib/libgeshibai.la
EXTRA_DIST += bench/bench_batch.sh bench/callgrind.sh bench/bench_lists.sh
CLEANFILES += $(EXTRA_PROGRAMS)

bench: bench/gen_apps$(EXEEXT) bench/bench_decide$(EXEEXT) cli/geshibai$(EXEEXT)
	$(LIBTOOL) --mode=execute bench/bench_decide$(EXEEXT) 3
	$(SHELL) $(srcdir)/bench/callgrind.sh $(abs_top_builddir)
	$(SHELL) $(srcdir)/bench/bench_batch.sh $(abs_top_builddir)
	$(SHELL) $(srcdir)/bench/bench_lists.sh $(abs_top_builddir)
.PHONY: bench

## The funding-misuse audit (5.4): generated ledgers of 100,000 and 1,000,000
## expenses, time and peak memory of each (`make bench-audit`, part of `make bench`).
EXTRA_PROGRAMS += bench/gen_ledger bench/audit_bench
bench_gen_ledger_SOURCES = bench/gen_ledger.c bench/ledger_gen.c bench/ledger_gen.h
bench_audit_bench_SOURCES = bench/audit_bench.c bench/ledger_gen.c bench/ledger_gen.h
bench_audit_bench_LDADD = lib/libgeshibai.la
bench-audit: bench/gen_ledger$(EXEEXT) bench/audit_bench$(EXEEXT)
	$(LIBTOOL) --mode=execute bench/audit_bench$(EXEEXT)
bench: bench-audit
.PHONY: bench-audit

## The decision service beside the command (`make bench-serve`, part of `make bench`).
EXTRA_DIST += bench/serve_bench.sh
bench-serve: bench/gen_apps$(EXEEXT) cli/geshibai$(EXEEXT)
	$(SHELL) $(srcdir)/bench/serve_bench.sh $(abs_top_builddir)
bench: bench-serve
.PHONY: bench-serve
