## The geshibai command.
bin_PROGRAMS += cli/geshibai
cli_geshibai_SOURCES = cli/cli.h cli/help_zh.h cli/cli.c cli/ahead.h cli/ahead.c cli/geshibai.c cli/audit.c
cli_geshibai_SOURCES += cli/output.c
## evaluate --format csv | xlsx (libxlsxwriter).
cli_geshibai_SOURCES += cli/table.h cli/table.c
## review: the procedure of 5.2 (docs/review.md).
cli_geshibai_SOURCES += cli/review_cli.c
cli_geshibai_LDADD = lib/libgeshibai.la -lpthread
## compare (what-if) and report (programme report, HTML).
cli_geshibai_SOURCES += cli/programme_cli.h cli/programme_cli.c cli/compare.c cli/report.c
## serve: the decision service over HTTP (GNU libmicrohttpd), docs/service.md.
cli_geshibai_SOURCES += cli/serve.h cli/serve.c cli/serve_route.c cli/serve_body.c \
	cli/serve_handlers.c cli/serve_log.c cli/serve_openapi.c
nodist_cli_geshibai_SOURCES = cli/serve_openapi_doc.c
cli_geshibai_CFLAGS = $(AM_CFLAGS) $(MHD_CFLAGS) $(JANSSON_CFLAGS) $(XLSXWRITER_CFLAGS)
cli_geshibai_LDADD += $(MHD_LIBS) $(JANSSON_LIBS) $(XLSXWRITER_LIBS)
cli/serve_openapi_doc.c: $(srcdir)/data/openapi.json $(srcdir)/cli/embed-openapi.sh
	$(AM_V_GEN)$(SHELL) $(srcdir)/cli/embed-openapi.sh $(srcdir)/data/openapi.json > $@.tmp && mv $@.tmp $@
BUILT_SOURCES += cli/serve_openapi_doc.c
CLEANFILES += cli/serve_openapi_doc.c
EXTRA_DIST += cli/embed-openapi.sh
## The OpenAPI document beside the schemas; an example systemd unit with the docs.
servicedatadir = $(datadir)/geshibai
dist_servicedata_DATA = data/openapi.json
servicedocdir = $(docdir)
dist_servicedoc_DATA = docs/geshibai.service docs/service.md
## notice: notices to supply materials (docs/relevance.md).
cli_geshibai_SOURCES += cli/notice.c
