## Schemas: installed, and built into the library as lib/schemas.c.
schemadir = $(datadir)/geshibai
dist_schema_DATA =
lib/schemas.c: $(dist_schema_DATA) $(srcdir)/data/embed.sh
	$(AM_V_GEN)$(SHELL) $(srcdir)/data/embed.sh $(dist_schema_DATA:%=$(srcdir)/%) > $@.tmp && mv $@.tmp $@
BUILT_SOURCES += lib/schemas.c
CLEANFILES += lib/schemas.c
EXTRA_DIST += data/embed.sh
