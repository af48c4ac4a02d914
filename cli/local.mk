## The geshibai command.
bin_PROGRAMS += cli/geshibai
cli_geshibai_SOURCES = cli/cli.h cli/cli.c cli/ahead.h cli/ahead.c cli/geshibai.c cli/audit.c
cli_geshibai_SOURCES += cli/output.c
cli_geshibai_LDADD = lib/libgeshibai.la -lpthread
## compare (what-if) and report (programme report, HTML).
cli_geshibai_SOURCES += cli/programme_cli.h cli/programme_cli.c cli/compare.c cli/report.c
