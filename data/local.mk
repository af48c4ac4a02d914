## Schemas: installed, and built into the library as lib/schemas.c.
schemadir = $(datadir)/geshibai
dist_schema_DATA =
lib/schemas.c: $(dist_schema_DATA) $(srcdir)/data/embed.sh
	$(AM_V_GEN)$(SHELL) $(srcdir)/data/embed.sh $(dist_schema_DATA:%=$(srcdir)/%) > $@.tmp && mv $@.tmp $@
BUILT_SOURCES += lib/schemas.c
CLEANFILES += lib/schemas.c
EXTRA_DIST += data/embed.sh
## The decision report schema (lib/report.c writes documents valid against it).
dist_schema_DATA += data/decision.xsd
## The ledger and audit report schemas (funding-misuse audit, provision 5.4).
dist_schema_DATA += data/ledger.xsd data/audit.xsd
## The application / batch and parameters schemas (lib/xml_convert.c, lib/params_read.c).
dist_schema_DATA += data/application.xsd data/parameters.xsd
## The review record schema (procedure of 5.2, lib/review.c).
dist_schema_DATA += data/review.xsd
## The JSON Schema of applications as JSON (docs/json.md), installed beside
## the XSDs (not built into the library: the library checks JSON by turning
## it into the XML tree that application.xsd checks).
jsonschemadir = $(datadir)/geshibai
dist_jsonschema_DATA = data/application.schema.json
