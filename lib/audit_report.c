/*
 * libgeshibai — the funding-misuse audit report (provision 5.4; docs/formats.md
 * "Ledger", data/audit.xsd): XML, JSON (the same tree: flags[], evidence[]
 * of {ref}, amounts as decimal strings, clean a JSON boolean) or text.
 * Written as a stream through a gsb_write_fn, so an audit with a long list
 * of evidence is never formatted twice in memory.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "ledger_int.h"
#include "report.h"

struct gsb_audit_writer {
	gsb_format format;
	gsb_lang lang;
	int batch, begun, count, failed;
	gsb__sink sink;
	gsb__outbuf out;
};

/* ------------------------------------------------------------ output */

static void put(gsb_audit_writer *w, const char *s, size_t n)
{
	gsb__outbuf_put(&w->out, s, n);
}

static int put_fn(void *w, const char *s, size_t n)
{
	put(w, s, n);
	return 0;
}

static void puts_(gsb_audit_writer *w, const char *s)
{
	put(w, s, strlen(s));
}

static void printf_(gsb_audit_writer *w, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void printf_(gsb_audit_writer *w, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	if (gsb__vformat(put_fn, w, fmt, ap) == GSB_ENOMEM)
		w->failed = 1;
	va_end(ap);
}

/* XML character data / attribute value. */
static void xml_text(gsb_audit_writer *w, const char *s)
{
	for (; s && *s; s++) {
		switch (*s) {
		case '<': puts_(w, "&lt;"); break;
		case '>': puts_(w, "&gt;"); break;
		case '&': puts_(w, "&amp;"); break;
		case '"': puts_(w, "&quot;"); break;
		case '\n': puts_(w, "&#10;"); break;
		case '\r': puts_(w, "&#13;"); break;
		case '\t': puts_(w, "&#9;"); break;
		default: put(w, s, 1);
		}
	}
}

static void xml_attr(gsb_audit_writer *w, const char *name, const char *value)
{
	if (value == NULL)
		return;
	printf_(w, " %s=\"", name);
	xml_text(w, value);
	puts_(w, "\"");
}

/* A JSON string (UTF-8 passes through; controls escaped). */
static void json_str(gsb_audit_writer *w, const char *s)
{
	puts_(w, "\"");
	for (; s && *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == '"')
			puts_(w, "\\\"");
		else if (c == '\\')
			puts_(w, "\\\\");
		else if (c == '\n')
			puts_(w, "\\n");
		else if (c == '\t')
			puts_(w, "\\t");
		else if (c < 0x20)
			printf_(w, "\\u%04x", c);
		else
			put(w, s, 1);
	}
	puts_(w, "\"");
}

static void json_key(gsb_audit_writer *w, const char *key, const char *value, bool comma)
{
	if (value == NULL)
		return;
	if (comma)
		puts_(w, ", ");
	json_str(w, key);
	puts_(w, ": ");
	json_str(w, value);
}

/* ------------------------------------------------------------ one audit */

static void xml_audit(gsb_audit_writer *w, const gsb_audit *au, bool ns, const char *indent)
{
	char day[11], amt[24];
	printf_(w, "%s<audit", indent);
	if (ns)
		puts_(w, " xmlns=\"urn:geshibai:1\"");
	xml_attr(w, "ledger", au->ledger);
	xml_attr(w, "asOf", gsb_date_format(au->as_of, day));
	xml_attr(w, "policy", au->policy);
	xml_attr(w, "params", au->params);
	xml_attr(w, "paramsFile", au->params_file);
	xml_attr(w, "clean", au->n_flags == 0 ? "true" : "false");
	puts_(w, au->n_flags == 0 ? "/>\n" : ">\n");
	for (size_t i = 0; i < au->n_flags; i++) {
		const gsb__flag *f = &au->flags[i];
		printf_(w, "%s  <flag", indent);
		xml_attr(w, "category", gsb_misuse_name(f->kind));
		xml_attr(w, "provision", "5.4");
		if (f->has_amount)
			xml_attr(w, "amount", gsb_fen_format(f->amount, amt));
		xml_attr(w, "subject", f->subject);
		puts_(w, ">\n");
		for (size_t j = 0; j < f->n_evidence; j++) {
			printf_(w, "%s    <evidence", indent);
			xml_attr(w, "ref", f->evidence[j]);
			puts_(w, "/>\n");
		}
		printf_(w, "%s    <reason>", indent);
		xml_text(w, f->reason[w->lang == GSB_LANG_EN]);
		puts_(w, "</reason>\n");
		printf_(w, "%s  </flag>\n", indent);
	}
	if (au->n_flags > 0)
		printf_(w, "%s</audit>\n", indent);
}

static void json_audit(gsb_audit_writer *w, const gsb_audit *au)
{
	char day[11], amt[24];
	puts_(w, "{");
	bool comma = false;
	if (au->ledger) {
		json_key(w, "ledger", au->ledger, false);
		comma = true;
	}
	json_key(w, "asOf", gsb_date_format(au->as_of, day), comma);
	json_key(w, "policy", au->policy, true);
	json_key(w, "params", au->params, true);
	json_key(w, "paramsFile", au->params_file, true);
	printf_(w, ", \"clean\": %s, \"flags\": [", au->n_flags == 0 ? "true" : "false");
	for (size_t i = 0; i < au->n_flags; i++) {
		const gsb__flag *f = &au->flags[i];
		puts_(w, i ? ",\n  {" : "\n  {");
		json_key(w, "category", gsb_misuse_name(f->kind), false);
		json_key(w, "provision", "5.4", true);
		if (f->has_amount)
			json_key(w, "amount", gsb_fen_format(f->amount, amt), true);
		json_key(w, "subject", f->subject, true);
		puts_(w, ", \"evidence\": [");
		for (size_t j = 0; j < f->n_evidence; j++) {
			puts_(w, j ? ", {\"ref\": " : "{\"ref\": ");
			json_str(w, f->evidence[j]);
			puts_(w, "}");
		}
		puts_(w, "]");
		json_key(w, "reason", f->reason[w->lang == GSB_LANG_EN], true);
		puts_(w, "}");
	}
	puts_(w, au->n_flags ? "\n]}" : "]}");
}

static void text_audit(gsb_audit_writer *w, const gsb_audit *au)
{
	char day[11], amt[24];
	bool zh = w->lang == GSB_LANG_ZH;
	gsb_date_format(au->as_of, day);
	const char *id = au->ledger ? au->ledger : "-";
	if (zh && au->n_flags == 0)
		printf_(w, "台账 %s 资金使用审计（截至 %s，第 5.4 条）：未发现违规使用\n", id, day);
	else if (zh)
		printf_(w, "台账 %s 资金使用审计（截至 %s，第 5.4 条）：发现 %zu 项\n", id, day, au->n_flags);
	else if (au->n_flags == 0)
		printf_(w, "Ledger %s, funding-misuse audit as of %s (provision 5.4): clean\n", id, day);
	else
		printf_(w, "Ledger %s, funding-misuse audit as of %s (provision 5.4): %zu flag%s\n", id,
		        day, au->n_flags, au->n_flags == 1 ? "" : "s");
	/* the parameter set beside the policy, when not the built-in one */
	if (au->params != NULL) {
		bool file = au->params_file != NULL && strcmp(au->params_file, au->params) != 0;
		printf_(w, zh ? "  政策 %s（参数 %s%s%s）\n" : "  policy %s (parameters %s%s%s)\n",
		        au->policy, au->params, file ? (zh ? "，" : ", ") : "", file ? au->params_file : "");
	}
	for (size_t i = 0; i < au->n_flags; i++) {
		const gsb__flag *f = &au->flags[i];
		printf_(w, "  %zu. %s (%s)", i + 1, gsb_misuse_label(f->kind, w->lang), gsb_misuse_name(f->kind));
		if (f->has_amount)
			printf_(w, zh ? " 金额 %s 元" : " amount %s", gsb_fen_format(f->amount, amt));
		printf_(w, "\n     %s\n     %s", f->reason[zh ? 0 : 1], zh ? "证据：" : "evidence: ");
		for (size_t j = 0; j < f->n_evidence; j++) {
			if (j == 20 && f->n_evidence > 25) {
				printf_(w, zh ? " …（共 %zu 项）" : " … (%zu in all)", f->n_evidence);
				break;
			}
			printf_(w, j ? ", %s" : "%s", f->evidence[j]);
		}
		puts_(w, "\n");
	}
}

/* ------------------------------------------------------------ the writer */

int gsb_audit_writer_new(gsb_audit_writer **out, gsb_format format, gsb_lang lang,
                         gsb_write_fn write, void *ctx)
{
	GSB__CHECK_ARG(out);
	GSB__CHECK_ARG(write);
	*out = NULL;
	if (format != GSB_FORMAT_XML && format != GSB_FORMAT_JSON && format != GSB_FORMAT_TEXT)
		return gsb__error(GSB_EINVAL, "unknown report format %d", (int)format);
	gsb_audit_writer *w = calloc(1, sizeof *w);
	if (w == NULL)
		return gsb__error(GSB_ENOMEM, "out of memory");
	w->format = format;
	w->lang = lang == GSB_LANG_EN ? GSB_LANG_EN : GSB_LANG_ZH;
	w->sink = (gsb__sink){ write, ctx, 0 };
	gsb__outbuf_init(&w->out, &w->sink);
	*out = w;
	return GSB_OK;
}

void gsb_audit_writer_free(gsb_audit_writer *w)
{
	free(w);
}

static int status(gsb_audit_writer *w)
{
	if (gsb__outbuf_flush(&w->out) < 0)
		w->failed = 1;
	return w->failed ? gsb__error(GSB_EIO, "the report could not be written") : GSB_OK;
}

int gsb_audit_writer_begin(gsb_audit_writer *w, int batch)
{
	GSB__CHECK_ARG(w);
	w->batch = batch != 0;
	w->begun = 1;
	w->count = 0;
	if (w->format == GSB_FORMAT_XML) {
		puts_(w, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		if (w->batch)
			puts_(w, "<audits xmlns=\"urn:geshibai:1\">\n");
	} else if (w->format == GSB_FORMAT_JSON && w->batch) {
		puts_(w, "[");
	}
	return status(w);
}

static void separator(gsb_audit_writer *w)
{
	if (w->format == GSB_FORMAT_JSON && w->batch)
		puts_(w, w->count ? ",\n" : "\n");
	else if (w->format == GSB_FORMAT_TEXT && w->count)
		puts_(w, "\n");
	w->count++;
}

int gsb_audit_writer_audit(gsb_audit_writer *w, const gsb_audit *au)
{
	GSB__CHECK_ARG(w);
	GSB__CHECK_ARG(au);
	separator(w);
	switch (w->format) {
	case GSB_FORMAT_XML:
		xml_audit(w, au, !w->batch, w->batch ? "  " : "");
		break;
	case GSB_FORMAT_JSON:
		json_audit(w, au);
		if (!w->batch)
			puts_(w, "\n");
		break;
	default:
		text_audit(w, au);
	}
	return status(w);
}

int gsb_audit_writer_error(gsb_audit_writer *w, const gsb_error *error)
{
	GSB__CHECK_ARG(w);
	GSB__CHECK_ARG(error);
	gsb__clean_error c;
	const gsb_error *e = gsb__error_clean(&c, error);
	char line[24];
	snprintf(line, sizeof line, "%ld", e->line);
	separator(w);
	switch (w->format) {
	case GSB_FORMAT_XML:
		puts_(w, w->batch ? "  <error" : "<error xmlns=\"urn:geshibai:1\"");
		xml_attr(w, "ledger", e->application);
		xml_attr(w, "file", e->file);
		if (e->line > 0)
			xml_attr(w, "line", line);
		xml_attr(w, "element", e->element);
		xml_attr(w, "code", gsb_status_name(e->code));
		puts_(w, ">");
		xml_text(w, e->message);
		puts_(w, "</error>\n");
		break;
	case GSB_FORMAT_JSON:
		puts_(w, "{");
		json_key(w, "error", e->message, false);
		json_key(w, "ledger", e->application, true);
		json_key(w, "file", e->file, true);
		if (e->line > 0)
			printf_(w, ", \"line\": %ld", e->line);
		json_key(w, "element", e->element, true);
		json_key(w, "code", gsb_status_name(e->code), true);
		puts_(w, w->batch ? "}" : "}\n");
		break;
	default:
		printf_(w, "%s%s%s%s%s: %s\n", e->file ? e->file : "", e->line > 0 ? ":" : "",
		        e->line > 0 ? line : "", e->element ? ": " : "", e->element ? e->element : "",
		        gsb_error_message(e, w->lang));
	}
	return status(w);
}

int gsb_audit_writer_end(gsb_audit_writer *w)
{
	GSB__CHECK_ARG(w);
	if (w->format == GSB_FORMAT_XML && w->batch)
		puts_(w, "</audits>\n");
	else if (w->format == GSB_FORMAT_JSON && w->batch)
		puts_(w, w->count ? "\n]\n" : "]\n");
	return status(w);
}

/* ------------------------------------------------------------ to string */

char *gsb_audit_to_string(const gsb_audit *au, gsb_format format, gsb_lang lang)
{
	if (au == NULL) {
		gsb__error(GSB_EINVAL, "gsb_audit_to_string: audit is NULL");
		return NULL;
	}
	gsb__strbuf b = { 0 };
	gsb_audit_writer *w;
	if (gsb_audit_writer_new(&w, format, lang, gsb__strbuf_write, &b) != GSB_OK)
		return NULL;
	int rc = gsb_audit_writer_begin(w, 0);
	if (rc == GSB_OK)
		rc = gsb_audit_writer_audit(w, au);
	if (rc == GSB_OK)
		rc = gsb_audit_writer_end(w);
	gsb_audit_writer_free(w);
	if (rc != GSB_OK || b.data == NULL) {
		free(b.data);
		if (rc == GSB_OK)
			gsb__error(GSB_ENOMEM, "out of memory");
		return NULL;
	}
	return b.data;
}
