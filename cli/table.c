/*
 * geshibai evaluate --format csv | xlsx — a batch as a table for clerks'
 * spreadsheets: one row per application (its id, applicant, credit code,
 * city, industries, outcome, tier, priority, cap, requested, granted, local
 * support, the missing facts in words, what it would take — the facts to supply
 * and the documents that prove them, in words — and the potential award once
 * supplied (docs/relevance.md), the error of one that could not be decided,
 * and the policy id with the parameter set's name and file that decided it),
 * in the --lang language. The rows are built once here (table_row)
 * and written by either sink: CSV (RFC 4180, UTF-8 with a byte-order mark so
 * that Excel and WPS read the Chinese) or an XLSX workbook (libxlsxwriter:
 * amounts as numbers in a yuan format, a frozen header row, column widths, a
 * second sheet of totals).
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <xlsxwriter.h>
#include "table.h"

/* ================================================================ columns */

enum {
	COL_ID, COL_NAME, COL_USCC, COL_CITY, COL_INDUSTRIES, COL_OUTCOME, COL_TIER, COL_PRIORITY,
	COL_CAP, COL_REQUESTED, COL_GRANTED, COL_LOCAL, COL_MISSING,
	COL_NEEDS, COL_PROOFS, COL_POTENTIAL_OUTCOME, COL_POTENTIAL_TIER, COL_POTENTIAL_GRANTED,
	COL_ERROR, COL_POLICY, COL_PARAMS, COL_PARAMS_FILE, COL_COUNT
};
#define LAST_AMOUNT COL_LOCAL /* the last of the amounts the totals add up */

static int is_amount(int c)
{
	return (c >= COL_CAP && c <= LAST_AMOUNT) || c == COL_POTENTIAL_GRANTED;
}

static const struct {
	const char *zh, *en;
	double width; /* in characters, for the workbook */
} columns[COL_COUNT] = {
	{ "申报编号", "Application", 14 },
	{ "申报单位", "Applicant", 32 },
	{ "统一社会信用代码", "Credit code", 21 },
	{ "城市", "City", 10 },
	{ "行业", "Industries", 24 },
	{ "申报资格", "Outcome", 14 },
	{ "平台层级", "Tier", 22 },
	{ "优先支持", "Priority", 9 },
	{ "奖补上限（元）", "Cap (yuan)", 16 },
	{ "申请金额（元）", "Requested (yuan)", 16 },
	{ "核定省级奖补（元）", "Granted (yuan)", 18 },
	{ "市县配套（元）", "City/county support (yuan)", 18 },
	{ "缺少的事实", "Missing facts", 30 },
	{ "需补正的事项", "Facts to supply", 40 },
	{ "证明材料", "Proof documents", 40 },
	{ "补正后申报资格", "Outcome once supplied", 14 },
	{ "补正后平台层级", "Tier once supplied", 22 },
	{ "补正后省级奖补（元）", "Granted once supplied (yuan)", 20 },
	{ "错误", "Error", 40 },
	{ "政策", "Policy", 20 },
	{ "参数集", "Parameter set", 24 },
	{ "参数文件", "Parameter file", 30 },
};

static const char *column_title(int c, gsb_lang lang)
{
	return lang == GSB_LANG_EN ? columns[c].en : columns[c].zh;
}

/* The parameter set of a decision made with the built-in parameters. */
static const char *built_in(gsb_lang lang)
{
	return lang == GSB_LANG_EN ? "built in (the measures)" : "内置（办法规定）";
}

/* ================================================================ rows */

/* One row: text cells (NULL: empty) and, for a decided application, amounts
 * (the potential award only when the decision carries relevance). */
typedef struct {
	const char *text[COL_COUNT];
	gsb_fen amount[COL_COUNT];
	int decided, potential;
	char *owned[5]; /* industries, missing, error, needs, proofs: malloc'd */
} table_row;

/* A growing string joined by sep; NULL when out of memory. */
typedef struct {
	char *s;
	size_t len;
	int failed;
} joined;

static void join(joined *j, const char *sep, const char *item)
{
	if (j->failed || item == NULL)
		return;
	size_t a = j->len ? strlen(sep) : 0, b = strlen(item);
	char *s = realloc(j->s, j->len + a + b + 1);
	if (s == NULL) {
		j->failed = 1;
		return;
	}
	memcpy(s + j->len, sep, a);
	memcpy(s + j->len + a, item, b + 1);
	j->s = s;
	j->len += a + b;
}

static char *joined_take(joined *j)
{
	if (j->failed) {
		free(j->s);
		return NULL;
	}
	return j->s;
}

/* The industries declared: the label of one of the ten, else the name as read. */
static char *industries(const gsb_application *app, gsb_lang lang)
{
	joined j = { 0 };
	size_t n = gsb_application_item_count(app, GSB_LIST_INDUSTRIES);
	for (size_t i = 0; i < n; i++) {
		const char *item = gsb_application_item(app, GSB_LIST_INDUSTRIES, i);
		gsb_industry ind;
		const char *label = NULL;
		if (gsb_industry_lookup(&ind, NULL, item) == GSB_OK && ind != GSB_INDUSTRY_OTHER)
			label = gsb_industry_label(ind, lang);
		join(&j, lang == GSB_LANG_EN ? "; " : "、", label ? label : item);
	}
	return joined_take(&j);
}

static char *missing(const gsb_decision *d, gsb_lang lang)
{
	joined j = { 0 };
	for (size_t i = 0; i < gsb_decision_missing_count(d); i++) {
		const char *id = gsb_decision_missing(d, i);
		const char *label = gsb_check_label(id, lang);
		join(&j, lang == GSB_LANG_EN ? "; " : "、", label ? label : id);
	}
	return joined_take(&j);
}

/* The facts to supply, in words: each need's label, with the least count for
 * a metric (a code to add is named by its label already). */
static char *needs(const gsb_decision *d, gsb_lang lang)
{
	joined j = { 0 };
	for (size_t i = 0; i < gsb_decision_need_count(d); i++) {
		const char *label = gsb_decision_need_label(d, i, lang);
		const char *value = gsb_decision_need_value(d, i);
		char item[512];
		if (value && *value && strspn(value, "0123456789") == strlen(value)) {
			snprintf(item, sizeof item, lang == GSB_LANG_EN ? "%s (at least %s)" : "%s（至少 %s）",
			         label, value);
			label = item;
		}
		join(&j, lang == GSB_LANG_EN ? "; " : "；", label);
	}
	return joined_take(&j);
}

/* The documents that prove them, each named once (one credit report proves
 * the three credit facts). */
static char *proofs(const gsb_decision *d, gsb_lang lang)
{
	joined j = { 0 };
	size_t n = gsb_decision_need_count(d);
	for (size_t i = 0; i < n; i++) {
		const char *proof = gsb_decision_need_proof(d, i, lang);
		size_t k = 0;
		while (k < i && (proof == NULL || strcmp(gsb_decision_need_proof(d, k, lang), proof) != 0))
			k++;
		if (k == i)
			join(&j, lang == GSB_LANG_EN ? "; " : "；", proof);
	}
	return joined_take(&j);
}

/* What it would take and what would follow, when the decision says. */
static int row_relevance(table_row *r, const gsb_decision *d, gsb_lang lang)
{
	if (!gsb_decision_has_relevance(d))
		return 0;
	r->potential = 1;
	r->text[COL_POTENTIAL_OUTCOME] = gsb_outcome_label(gsb_decision_potential_outcome(d), lang);
	r->text[COL_POTENTIAL_TIER] = gsb_tier_label(gsb_decision_potential_tier(d), lang);
	r->amount[COL_POTENTIAL_GRANTED] = gsb_decision_potential_granted(d);
	if (gsb_decision_need_count(d) == 0)
		return 0;
	r->text[COL_NEEDS] = r->owned[3] = needs(d, lang);
	r->text[COL_PROOFS] = r->owned[4] = proofs(d, lang);
	return r->owned[3] == NULL || r->owned[4] == NULL ? -1 : 0;
}

/* "line 3: bulider: message" (the file and the application have columns or
 * are the input's) */
static char *error_text(const gsb_error *e, gsb_lang lang)
{
	char line[48] = "";
	if (e->line > 0)
		snprintf(line, sizeof line, lang == GSB_LANG_EN ? "line %ld: " : "第 %ld 行：", e->line);
	const char *message = e->message && e->message[0] ? e->message : gsb_status_name(e->code);
	size_t size = strlen(line) + (e->element ? strlen(e->element) + 4 : 0) + strlen(message) +
	              (e->file ? strlen(e->file) + 2 : 0) + 1;
	char *s = malloc(size);
	if (s != NULL)
		snprintf(s, size, "%s%s%s%s%s%s", e->file ? e->file : "", e->file ? ": " : "", line,
		         e->element ? e->element : "", e->element ? (lang == GSB_LANG_EN ? ": " : "：") : "",
		         message);
	return s;
}

static void row_release(table_row *r)
{
	for (size_t i = 0; i < sizeof r->owned / sizeof r->owned[0]; i++)
		free(r->owned[i]);
}

/* The applicant's columns, when the application was read. */
static int row_applicant(table_row *r, const gsb_application *app, gsb_date as_of, gsb_lang lang)
{
	if (app == NULL)
		return 0;
	r->text[COL_NAME] = gsb_application_name(app);
	r->text[COL_USCC] = gsb_application_uscc(app);
	r->text[COL_CITY] = gsb_city_label(gsb_city_of(app, as_of), lang);
	r->text[COL_INDUSTRIES] = r->owned[0] = industries(app, lang);
	return r->owned[0] == NULL && gsb_application_item_count(app, GSB_LIST_INDUSTRIES) ? -1 : 0;
}

static int row_decision(table_row *r, const gsb_application *app, const gsb_decision *d,
                        gsb_lang lang)
{
	memset(r, 0, sizeof *r);
	r->decided = 1;
	r->text[COL_ID] = gsb_decision_application(d);
	int rc = row_applicant(r, app, gsb_decision_as_of(d), lang);
	r->text[COL_OUTCOME] = gsb_outcome_label(gsb_decision_outcome(d), lang);
	r->text[COL_TIER] = gsb_tier_label(gsb_decision_tier(d), lang);
	r->text[COL_PRIORITY] = gsb_decision_priority(d) ? (lang == GSB_LANG_EN ? "yes" : "是")
	                                                 : (lang == GSB_LANG_EN ? "no" : "否");
	r->amount[COL_CAP] = gsb_decision_cap(d);
	r->amount[COL_REQUESTED] = gsb_decision_requested(d);
	r->amount[COL_GRANTED] = gsb_decision_granted(d);
	r->amount[COL_LOCAL] = gsb_decision_local(d);
	if (gsb_decision_missing_count(d) > 0 &&
	    (r->text[COL_MISSING] = r->owned[1] = missing(d, lang)) == NULL)
		rc = -1;
	if (row_relevance(r, d, lang) < 0)
		rc = -1;
	/* which parameters decided it, beside the policy id */
	r->text[COL_POLICY] = gsb_decision_policy(d);
	r->text[COL_PARAMS] = gsb_decision_params(d) ? gsb_decision_params(d) : built_in(lang);
	r->text[COL_PARAMS_FILE] = gsb_decision_params_file(d);
	return rc;
}

static int row_error(table_row *r, const gsb_application *app, const gsb_error *e, gsb_lang lang)
{
	memset(r, 0, sizeof *r);
	r->text[COL_ID] = e->application ? e->application : gsb_application_id(app);
	int rc = row_applicant(r, app, GSB_DATE_NONE, lang);
	r->text[COL_OUTCOME] = lang == GSB_LANG_EN ? "not decided" : "未能评价";
	if ((r->text[COL_ERROR] = r->owned[2] = error_text(e, lang)) == NULL)
		rc = -1;
	return rc;
}

/* ================================================================ totals */

typedef struct {
	size_t decided, refused, outcomes[3], tiers[4];
	gsb_fen sums[COL_COUNT];
	int overflow;
	char params[512]; /* the parameter set of the decisions ("" built in) */
} totals;

static void count_row(totals *t, const table_row *r, const gsb_decision *d)
{
	if (!r->decided) {
		t->refused++;
		return;
	}
	t->decided++;
	const char *params = gsb_decision_params(d), *file = gsb_decision_params_file(d);
	if (params != NULL && t->params[0] == '\0') /* one policy decides them all */
		snprintf(t->params, sizeof t->params, "%s%s%s", params,
		         file && strcmp(file, params) ? " — " : "",
		         file && strcmp(file, params) ? file : "");
	if ((unsigned)gsb_decision_outcome(d) < 3)
		t->outcomes[gsb_decision_outcome(d)]++;
	if ((unsigned)gsb_decision_tier(d) < 4)
		t->tiers[gsb_decision_tier(d)]++;
	for (int c = COL_REQUESTED; c <= LAST_AMOUNT; c++)
		t->overflow |= __builtin_add_overflow(t->sums[c], r->amount[c], &t->sums[c]);
}

/* ================================================================ CSV */

/* A field of RFC 4180: quoted when it holds a comma, quote, CR or LF (quotes
 * doubled). A text that a spreadsheet would take for a formula (=, +, -, @
 * first) is led by an apostrophe, so that an applicant's name never runs. */
static void csv_field(FILE *f, const char *s, int text)
{
	if (s == NULL)
		return;
	int formula = text && strchr("=+-@\t\r", s[0]) != NULL && s[0] != '\0';
	if (strpbrk(s, ",\"\r\n") == NULL && !formula) {
		fputs(s, f);
		return;
	}
	fputc('"', f);
	if (formula)
		fputc('\'', f);
	for (; *s; s++) {
		if (*s == '"')
			fputc('"', f);
		fputc(*s, f);
	}
	fputc('"', f);
}

static void csv_row(FILE *f, const table_row *r)
{
	for (int c = 0; c < COL_COUNT; c++) {
		if (c > 0)
			fputc(',', f);
		if (is_amount(c)) {
			char buf[24];
			if (r->decided && (c != COL_POTENTIAL_GRANTED || r->potential))
				fputs(gsb_fen_format(r->amount[c], buf), f);
		} else {
			csv_field(f, r->text[c], 1);
		}
	}
	fputs("\r\n", f);
}

/* ================================================================ XLSX */

typedef struct {
	lxw_workbook *book;
	lxw_worksheet *rows, *sums;
	lxw_format *head, *yuan;
	lxw_row_t next;
} xlsx;

static int xlsx_open(xlsx *x, const char *path, gsb_lang lang)
{
	lxw_workbook_options options = { .constant_memory = LXW_TRUE, .tmpdir = NULL };
	x->book = workbook_new_opt(path, &options);
	if (x->book == NULL)
		return -1;
	x->rows = workbook_add_worksheet(x->book, lang == GSB_LANG_EN ? "Applications" : "申报明细");
	x->sums = workbook_add_worksheet(x->book, lang == GSB_LANG_EN ? "Totals" : "汇总");
	x->head = workbook_add_format(x->book);
	x->yuan = workbook_add_format(x->book);
	if (x->rows == NULL || x->sums == NULL || x->head == NULL || x->yuan == NULL)
		return -1;
	format_set_bold(x->head);
	format_set_bg_color(x->head, 0xF1F4F8);
	format_set_text_wrap(x->head);
	format_set_num_format(x->yuan, lang == GSB_LANG_EN ? "#,##0.00\" yuan\"" : "#,##0.00\"元\"");
	for (int c = 0; c < COL_COUNT; c++) {
		lxw_format *fmt = is_amount(c) ? x->yuan : NULL;
		worksheet_set_column(x->rows, (lxw_col_t)c, (lxw_col_t)c, columns[c].width, fmt);
	}
	worksheet_freeze_panes(x->rows, 1, 0);
	for (int c = 0; c < COL_COUNT; c++)
		worksheet_write_string(x->rows, 0, (lxw_col_t)c, column_title(c, lang), x->head);
	x->next = 1;
	return 0;
}

static void xlsx_row(xlsx *x, const table_row *r)
{
	for (int c = 0; c < COL_COUNT; c++) {
		if (is_amount(c)) {
			/* a spreadsheet's numbers are doubles: exact to the fen below 2^53 fen */
			if (r->decided && (c != COL_POTENTIAL_GRANTED || r->potential))
				worksheet_write_number(x->rows, x->next, (lxw_col_t)c,
				                       (double)r->amount[c] / 100.0, x->yuan);
		} else if (r->text[c] != NULL) {
			worksheet_write_string(x->rows, x->next, (lxw_col_t)c, r->text[c], NULL);
		}
	}
	x->next++;
}

/* The second sheet: a label and a value a line. */
static void xlsx_totals(xlsx *x, const totals *t, gsb_lang lang)
{
	int en = lang == GSB_LANG_EN;
	lxw_row_t row = 0;
	worksheet_set_column(x->sums, 0, 0, 30, NULL);
	worksheet_set_column(x->sums, 1, 1, 22, NULL);
	worksheet_write_string(x->sums, row, 0, en ? "Item" : "项目", x->head);
	worksheet_write_string(x->sums, row++, 1, en ? "Value" : "数值", x->head);
#define COUNT(label, n) do { \
		worksheet_write_string(x->sums, row, 0, (label), NULL); \
		worksheet_write_number(x->sums, row++, 1, (double)(n), NULL); \
	} while (0)
	COUNT(en ? "Applications" : "申报数", t->decided + t->refused);
	COUNT(en ? "Decided" : "已评价", t->decided);
	COUNT(en ? "Not decided" : "未能评价", t->refused);
	static const gsb_outcome outcomes[] = { GSB_OUTCOME_ELIGIBLE, GSB_OUTCOME_INCOMPLETE,
	                                        GSB_OUTCOME_INELIGIBLE };
	for (size_t i = 0; i < 3; i++)
		COUNT(gsb_outcome_label(outcomes[i], lang), t->outcomes[outcomes[i]]);
	static const gsb_tier tiers[] = { GSB_TIER_COMPREHENSIVE, GSB_TIER_CROSS_DOMAIN,
	                                  GSB_TIER_ENTERPRISE, GSB_TIER_NONE };
	for (size_t i = 0; i < 4; i++)
		COUNT(tiers[i] == GSB_TIER_NONE ? (en ? "No tier" : "未达层级")
		                                : gsb_tier_label(tiers[i], lang), t->tiers[tiers[i]]);
#undef COUNT
	for (int c = COL_REQUESTED; c <= LAST_AMOUNT; c++) {
		worksheet_write_string(x->sums, row, 0, column_title(c, lang), NULL);
		if (t->overflow)
			worksheet_write_string(x->sums, row++, 1, en ? "overflow" : "溢出", NULL);
		else
			worksheet_write_number(x->sums, row++, 1, (double)t->sums[c] / 100.0, x->yuan);
	}
	worksheet_write_string(x->sums, row, 0, en ? "Parameters" : "参数", NULL);
	worksheet_write_string(x->sums, row++, 1,
	                       t->params[0] ? t->params : built_in(lang), NULL);
}

/* ================================================================ the table */

struct gsb_cli_table {
	int xlsx_kind;
	gsb_lang lang;
	FILE *csv;           /* CSV: stdout or the -o file */
	int csv_owned;
	const char *path;
	xlsx x;
	totals t;
	int failed;
};

int gsb_cli_table_open(gsb_cli_table **out, int kind, const char *path, gsb_lang lang)
{
	*out = NULL;
	int to_stdout = path == NULL || strcmp(path, "-") == 0;
	if (kind == GSB_CLI_TABLE_XLSX) {
		if (to_stdout) {
			gsb_cli_usage_error("evaluate", "--format xlsx writes a workbook to a file: "
			                    "give -o FILE.xlsx (not standard output)");
			return GSB_EXIT_USAGE;
		}
		int fd = open(path, O_WRONLY | O_NOCTTY);
		int tty = fd >= 0 && isatty(fd);
		if (fd >= 0)
			close(fd);
		if (tty) {
			gsb_cli_usage_error("evaluate", "--format xlsx: %s is a terminal; "
			                    "give -o FILE.xlsx", path);
			return GSB_EXIT_USAGE;
		}
	}
	gsb_cli_table *t = calloc(1, sizeof *t);
	if (t == NULL)
		return GSB_EXIT_IO;
	t->xlsx_kind = kind == GSB_CLI_TABLE_XLSX;
	t->lang = lang;
	t->path = to_stdout ? NULL : path;
	int ok;
	if (t->xlsx_kind) {
		ok = xlsx_open(&t->x, path, lang) == 0;
	} else {
		t->csv = to_stdout ? stdout : fopen(path, "wb");
		t->csv_owned = !to_stdout;
		ok = t->csv != NULL;
		if (ok) {
			fputs("\xEF\xBB\xBF", t->csv); /* the byte-order mark Excel and WPS look for */
			for (int c = 0; c < COL_COUNT; c++) {
				if (c > 0)
					fputc(',', t->csv);
				csv_field(t->csv, column_title(c, lang), 1);
			}
			fputs("\r\n", t->csv);
		}
	}
	if (!ok) {
		fprintf(stderr, "%s evaluate: cannot write %s: %s\n", GSB_CLI_PROGRAM,
		        to_stdout ? "standard output" : path, strerror(errno));
		if (t->x.book != NULL)
			workbook_close(t->x.book);
		free(t);
		return GSB_EXIT_IO;
	}
	*out = t;
	return GSB_EXIT_OK;
}

static int put_row(gsb_cli_table *t, table_row *r, int built, const gsb_decision *d)
{
	if (built < 0) {
		row_release(r);
		fprintf(stderr, "%s evaluate: out of memory\n", GSB_CLI_PROGRAM);
		t->failed = 1;
		return -1;
	}
	count_row(&t->t, r, d);
	if (t->xlsx_kind)
		xlsx_row(&t->x, r);
	else
		csv_row(t->csv, r);
	row_release(r);
	if (!t->xlsx_kind && ferror(t->csv))
		t->failed = 1;
	return t->failed ? -1 : 0;
}

int gsb_cli_table_decision(gsb_cli_table *t, const gsb_application *app, const gsb_decision *d)
{
	table_row r;
	return put_row(t, &r, row_decision(&r, app, d, t->lang), d);
}

int gsb_cli_table_error(gsb_cli_table *t, const gsb_application *app, const gsb_error *e)
{
	table_row r;
	return put_row(t, &r, row_error(&r, app, e, t->lang), NULL);
}

int gsb_cli_table_close(gsb_cli_table *t)
{
	if (t == NULL)
		return GSB_EXIT_OK;
	int status = GSB_EXIT_OK;
	const char *where = t->path ? t->path : "standard output";
	if (t->xlsx_kind) {
		xlsx_totals(&t->x, &t->t, t->lang);
		lxw_error rc = workbook_close(t->x.book);
		if (rc != LXW_NO_ERROR || t->failed) {
			fprintf(stderr, "%s evaluate: cannot write %s: %s\n", GSB_CLI_PROGRAM, where,
			        rc != LXW_NO_ERROR ? lxw_strerror(rc) : "write error");
			status = GSB_EXIT_IO;
		}
	} else if (t->csv_owned) {
		if (fclose(t->csv) != 0 || t->failed) {
			fprintf(stderr, "%s evaluate: cannot write %s\n", GSB_CLI_PROGRAM, where);
			status = GSB_EXIT_IO;
		}
	} else {
		status = t->failed ? GSB_EXIT_IO : gsb_cli_finish_stdout();
	}
	free(t);
	return status;
}
