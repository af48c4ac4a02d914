## Manual pages: geshibai(1), every command; libgeshibai(3), the C API by area.
## tests/man.sh checks that they name every command and every exported function.
dist_man_MANS = man/geshibai.1 man/libgeshibai.3
## The project's own documents, which the pages, the headers and --help cite
## (docs/service.md and the unit file are installed with the service, cli/local.mk).
dist_doc_DATA = docs/rules.md docs/formats.md docs/provisions.md docs/parameters.md \
	docs/readings.md docs/readings-programme.md docs/json.md docs/relevance.md \
	docs/materials.md docs/review.md docs/security.md docs/api.md
