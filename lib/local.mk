## The library. One file per part of the measures, plus the plumbing.
lib_LTLIBRARIES += lib/libgeshibai.la
## Everything is compiled once into a convenience library: the shared library
## exports only the public gsb_* API from it, and the Check suites link it
## whole so that they can test private functions too.
noinst_LTLIBRARIES = lib/libgeshibai_core.la

geshibaiincludedir = $(includedir)/geshibai
include_HEADERS = include/geshibai.h
geshibaiinclude_HEADERS = include/geshibai/common.h include/geshibai/vocab.h \
	include/geshibai/policy.h include/geshibai/application.h include/geshibai/decision.h \
	include/geshibai/io.h include/geshibai/ledger.h

lib_libgeshibai_core_la_SOURCES = \
	lib/internal.h lib/base.h lib/error_int.h lib/text_int.h lib/arena.h lib/money_int.h \
	lib/params_int.h lib/application_int.h lib/decision_int.h lib/accessor.h \
	lib/bilingual.c lib/messages_zh.c lib/nearest.c \
	lib/error.c lib/arena.c lib/date.c lib/money.c \
	lib/params.c lib/application.c \
	lib/text.c lib/words.c lib/taxonomy.c lib/names.c lib/uscc.c \
	lib/eligibility.c lib/tier.c lib/industry_nearest.c lib/priority.c lib/subsidy.c lib/effect.c lib/decision.c lib/explain.c \
	lib/xml.h lib/xml_impl.h lib/xml.c lib/xml_errors.c lib/xml_input.c lib/xml_sax.c \
	lib/xml_app.h lib/xml_convert.c lib/xml_fast.c lib/reader.h lib/reader.c lib/validate.c \
	lib/each_application.c lib/params_read.c \
	lib/json_read.h lib/json_read.c \
	lib/report.h lib/report.c lib/report_xml.c lib/outbuf.c lib/xw.c lib/jw.c lib/report_json.c lib/report_text.c \
	lib/ledger.c lib/ledger_read.c lib/misuse.c lib/audit_report.c
nodist_lib_libgeshibai_core_la_SOURCES = lib/schemas.c
lib_libgeshibai_core_la_CFLAGS = $(AM_CFLAGS) $(XML_CFLAGS) $(ICU_CFLAGS) $(JANSSON_CFLAGS) \
	$(YAJL_CFLAGS)
lib_libgeshibai_core_la_LIBADD = $(XML_LIBS) $(ICU_LIBS) $(JANSSON_LIBS) $(YAJL_LIBS) -lpthread

lib_libgeshibai_la_SOURCES =
lib_libgeshibai_la_LIBADD = lib/libgeshibai_core.la
lib_libgeshibai_la_LDFLAGS = -version-info $(GSB_LT_VERSION) -no-undefined \
	-export-symbols lib/libgeshibai.sym
## The ABI is exactly the documented API: the export list is written from the
## installed headers (lib/exports.sh), so a private helper (gsb_xml_*,
## gsb__*) stays inside; tests/exports.sh compares it with the built .so.
EXTRA_lib_libgeshibai_la_DEPENDENCIES = lib/libgeshibai.sym
lib/libgeshibai.sym: $(include_HEADERS) $(geshibaiinclude_HEADERS) lib/exports.sh
	$(AM_V_GEN)(cd $(srcdir) && $(SHELL) lib/exports.sh "$(CPP) -Iinclude" \
	    $(include_HEADERS) $(geshibaiinclude_HEADERS)) > $@-t && mv $@-t $@
CLEANFILES += lib/libgeshibai.sym
EXTRA_DIST += lib/exports.sh lib/README.md
## The funding-misuse audit (5.4): its private header and string hash.
lib_libgeshibai_core_la_SOURCES += lib/ledger_int.h lib/hash.h lib/hash.c
## The review procedure (5.2, docs/rules.md §9).
geshibaiinclude_HEADERS += include/geshibai/review.h
lib_libgeshibai_core_la_SOURCES += lib/review.c
## The programme (2.1, 2.2, docs/rules.md §10): targets, cities, industries, the
## HTML report; and what-if comparisons of two policies.
geshibaiinclude_HEADERS += include/geshibai/programme.h
lib_libgeshibai_core_la_SOURCES += lib/programme_int.h lib/programme.c lib/programme_html.c \
	lib/whatif.c
## What it would take (docs/relevance.md): needs and potential; the
## materials table is generated from docs/materials.md (one source).
geshibaiinclude_HEADERS += include/geshibai/relevance.h
lib_libgeshibai_core_la_SOURCES += lib/relevance_int.h lib/relevance.c \
	lib/report_relevance.c
nodist_lib_libgeshibai_core_la_SOURCES += lib/materials.c
lib/materials.c: $(srcdir)/docs/materials.md $(srcdir)/data/materials.sh
	$(AM_V_GEN)$(SHELL) $(srcdir)/data/materials.sh $(srcdir)/docs/materials.md > $@.tmp && mv $@.tmp $@
BUILT_SOURCES += lib/materials.c
CLEANFILES += lib/materials.c
EXTRA_DIST += data/materials.sh
