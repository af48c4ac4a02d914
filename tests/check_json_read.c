/* Tests for lib/json_read.c: applications as JSON (docs/json.md) read
 * behind the same gsb_reader as XML — equivalence with the XML twins of the
 * examples, errors with line and JSON Pointer, the three forms, streaming
 * from a descriptor. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "runner.h"
#include "internal.h"
#include "json_read.h"

static const char *const examples[] = {
	"qingdao-cross-domain", "jinan-comprehensive", "yantai-scaled", "weifang-incomplete",
	"zibo-ineligible", "linyi-tier-none", "weihai-national-cap", "rizhao-region", NULL
};

static gsb_policy *policy(void)
{
	gsb_policy *p;
	GSB_OK_OR_FAIL(gsb_policy_new(&p));
	return p;
}

static char *decide_to_string(const gsb_policy *p, const gsb_application *a)
{
	gsb_decision *d;
	gsb_date as_of;
	ck_assert_int_eq(gsb_date_parse(&as_of, "2019-09-30"), GSB_OK);
	GSB_OK_OR_FAIL(gsb_evaluate(&d, p, a, as_of, 0));
	char *s = gsb_decision_to_string(d, GSB_FORMAT_JSON, GSB_LANG_ZH);
	ck_assert_ptr_nonnull(s);
	gsb_decision_free(d);
	return s;
}

/* ------------------------------------------------------------ equivalence */

START_TEST(examples_decide_alike)
{
	gsb_policy *p = policy();
	char path[256];
	for (size_t i = 0; examples[i]; i++) {
		gsb_application *x, *j;
		snprintf(path, sizeof path, "examples/%s.xml", examples[i]);
		GSB_OK_OR_FAIL(gsb_application_read_file(&x, gsb_test_path(path)));
		snprintf(path, sizeof path, "examples/json/%s.json", examples[i]);
		GSB_OK_OR_FAIL(gsb_application_read_file(&j, gsb_test_path(path)));
		char *sx = decide_to_string(p, x), *sj = decide_to_string(p, j);
		ck_assert_msg(strcmp(sx, sj) == 0, "%s: the JSON twin decides otherwise", examples[i]);
		ck_assert_str_eq(gsb_application_id(x), gsb_application_id(j));
		gsb_free(sx);
		gsb_free(sj);
		gsb_application_free(x);
		gsb_application_free(j);
	}
	gsb_policy_free(p);
}
END_TEST

/* Every item of a batch file, as strings (decisions or "error CODE"). */
static size_t batch_strings(const gsb_policy *p, gsb_reader *r, char **out, size_t max)
{
	size_t n = 0;
	gsb_application *a;
	int rc;
	while ((rc = gsb_reader_next(r, &a)) != 0 && n < max) {
		if (rc > 0) {
			out[n++] = decide_to_string(p, a);
			gsb_application_free(a);
		} else {
			char buf[64];
			snprintf(buf, sizeof buf, "error %d", rc);
			out[n++] = strdup(buf);
		}
	}
	return n;
}

START_TEST(batch_forms_decide_alike)
{
	static const char *const forms[] = { "examples/batch.xml", "examples/json/batch.json",
		                             "examples/json/batch.jsonl" };
	gsb_policy *p = policy();
	char *got[3][64];
	size_t n[3];
	for (int f = 0; f < 3; f++) {
		gsb_reader *r;
		GSB_OK_OR_FAIL(gsb_reader_open_file(&r, gsb_test_path(forms[f])));
		ck_assert_int_eq(gsb_reader_format(r), f == 0 ? GSB_FORMAT_XML : GSB_FORMAT_JSON);
		n[f] = batch_strings(p, r, got[f], 64);
		ck_assert_int_eq(gsb_reader_is_batch(r), 1);
		ck_assert_uint_eq(gsb_reader_count(r), n[f]);
		gsb_reader_free(r);
	}
	ck_assert_uint_gt(n[0], 1);
	for (int f = 1; f < 3; f++) {
		ck_assert_uint_eq(n[f], n[0]);
		for (size_t i = 0; i < n[0]; i++)
			ck_assert_msg(strcmp(got[0][i], got[f][i]) == 0, "%s item %zu differs", forms[f], i);
	}
	for (int f = 0; f < 3; f++)
		for (size_t i = 0; i < n[f]; i++)
			free(got[f][i]);
	gsb_policy_free(p);
}
END_TEST

/* absent and null are both an unknown fact; key order does not matter */
START_TEST(null_is_absent)
{
	static const char with_null[] =
		"{\"year\": null, \"id\": \"N-1\", \"applicant\": {\"capable\": null, \"name\": null},"
		" \"platform\": {\"industries\": null, \"metrics\": null}, \"review\": null}";
	static const char without[] = "{\"id\": \"N-1\", \"applicant\": {}, \"platform\": {}}";
	gsb_application *a, *b;
	GSB_OK_OR_FAIL(gsb_application_read_memory(&a, with_null, strlen(with_null), "n.json"));
	GSB_OK_OR_FAIL(gsb_application_read_memory(&b, without, strlen(without), "n.json"));
	ck_assert_int_eq(a->year, 0);
	ck_assert_int_eq(a->facts[GSB_FACT_CAPABLE], GSB_UNKNOWN);
	gsb_policy *p = policy();
	char *sa = decide_to_string(p, a), *sb = decide_to_string(p, b);
	ck_assert_str_eq(sa, sb);
	gsb_free(sa);
	gsb_free(sb);
	gsb_application_free(a);
	gsb_application_free(b);
	gsb_policy_free(p);
}
END_TEST

/* ------------------------------------------------------------ errors */

typedef struct {
	const char *json;
	int code;
	long line;
	const char *element; /* the JSON Pointer, NULL: none */
	const char *message; /* a part of it */
} bad_case;

static const bad_case bad[] = {
	/* syntax */
	{ "{\"id\": \"B\",\n \"applicant\": {,}, \"platform\": {}}", GSB_EPARSE, 2, "/applicant",
	  "malformed JSON" },
	/* wrong types */
	{ "{\"applicant\": {},\n \"platform\": {\"industries\": [\"C13\", \"C14\", 7]}}", GSB_ESCHEMA,
	  2, "/platform/industries/2", "expected a string, not a number" },
	{ "{\"applicant\": {\"capable\": \"true\"}, \"platform\": {}}", GSB_ESCHEMA, 1,
	  "/applicant/capable", "expected true or false, not a string" },
	{ "{\"year\": \"2019\", \"applicant\": {}, \"platform\": {}}", GSB_ESCHEMA, 1, "/year",
	  "expected an integer, not a string" },
	{ "{\"applicant\": [], \"platform\": {}}", GSB_ESCHEMA, 1, "/applicant",
	  "expected an object, not an array" },
	/* unknown keys, even null */
	{ "{\"applicant\": {}, \"platform\": {},\n\n \"nickname\": null}", GSB_ESCHEMA, 3,
	  "/nickname", "unknown key 'nickname'" },
	{ "{\"applicant\": {\"credit\": {\"bankrupt\": false}}, \"platform\": {}}", GSB_ESCHEMA, 1,
	  "/applicant/credit/bankrupt", "unknown key 'bankrupt'" },
	{ "{\"year\": 2019, \"year\": 2019, \"applicant\": {}, \"platform\": {}}", GSB_ESCHEMA, 1,
	  "/year", "duplicate key 'year'" },
	/* a number where a decimal string belongs */
	{ "{\"applicant\": {}, \"platform\": {},\n \"review\": {\"expertScore\": 88.5}}", GSB_EINPUT,
	  2, "/review/expertScore", "a JSON number (88.5) where a decimal string belongs" },
	{ "{\"applicant\": {}, \"platform\": {},\n \"funding\": [{\"kind\": \"award\", \"amount\": 100}]}",
	  GSB_EINPUT, 2, "/funding/0/amount", "decimal string" },
	/* values: the XML reader's own checks and messages */
	{ "{\"submitted\": \"2019-2-1\", \"applicant\": {}, \"platform\": {}}", GSB_ESCHEMA, 1,
	  "/submitted", "malformed date '2019-2-1'" },
	{ "{\"submitted\": \"2019-02-30\", \"applicant\": {}, \"platform\": {}}", GSB_ESCHEMA, 1,
	  "/submitted", "no such date '2019-02-30'" },
	{ "{\"applicant\": {},\n \"platform\": {\n  \"domains\": [\"rnd\", \"cooking\"]}}", GSB_ESCHEMA,
	  3, "/platform/domains/1", "unknown domain 'cooking'" },
	{ "{\"applicant\": {\"division\": \"3702\"}, \"platform\": {}}", GSB_ESCHEMA, 1,
	  "/applicant/division", "division code '3702' is not six digits" },
	{ "{\"applicant\": {}, \"platform\": {}, \"effect\": {\"kpis\": [{\"name\": \"speed\", "
	  "\"baseline\": \"1\", \"current\": \"2\"}]}}",
	  GSB_ESCHEMA, 1, "/effect/kpis/0/name", "unknown kpi 'speed'" },
	{ "{\"applicant\": {}, \"platform\": {}, \"funding\": [{\"amount\": \"1\"}]}", GSB_ESCHEMA, 1,
	  "/funding/0", "missing key 'kind'" },
	{ "{\"applicant\": {}, \"platform\": {}, \"funding\": [{\"kind\": \"grant\"}]}", GSB_ESCHEMA,
	  1, "/funding/0/kind", "unknown funding kind 'grant'" },
	{ "{\"applicant\": {}}", GSB_ESCHEMA, 1, NULL, "platform" },
	/* characters XML cannot hold */
	{ "{\"id\": \"a\\u0001\", \"applicant\": {}, \"platform\": {}}", GSB_EINPUT, 1, "/id",
	  "control character U+0001" },
	/* not an application */
	{ "[1]", GSB_ESCHEMA, 1, "/0", "expected an application (an object), not a number" },
};

START_TEST(malformed_refused_with_line_and_pointer)
{
	const bad_case *c = &bad[_i];
	gsb_reader *r;
	gsb_application *a = NULL;
	GSB_OK_OR_FAIL(gsb_reader_open_memory(&r, c->json, strlen(c->json), "bad.json"));
	int rc = gsb_reader_next(r, &a);
	const gsb_error *e = gsb_error_last();
	ck_assert_msg(rc == c->code, "case %d: expected %d, got %d (%s)", _i, c->code, rc,
	              e->message);
	ck_assert_ptr_null(a);
	ck_assert_msg(strstr(e->message, c->message) != NULL, "case %d: message '%s'", _i,
	              e->message);
	ck_assert_int_eq(e->line, c->line);
	if (c->element)
		ck_assert_msg(e->element && strcmp(e->element, c->element) == 0,
		              "case %d: element '%s', expected '%s'", _i,
		              e->element ? e->element : "(null)", c->element);
	ck_assert_str_eq(e->file, "bad.json");
	ck_assert_int_eq(gsb_reader_next(r, &a), 0);
	gsb_reader_free(r);
}
END_TEST

/* The reader's errors in both languages, with the nearest key or kind. */
static const struct {
	const char *json, *en, *zh;
} bilingual[] = {
	{ "{\"applicnat\": {}, \"platform\": {}}", "unknown key 'applicnat' (did you mean applicant?)",
	  "未知的键“applicnat”（是否应为 applicant？）" },
	{ "{\"applicant\": {}, \"platform\": {}, \"funding\": [{\"kind\": \"awrd\"}]}",
	  "unknown funding kind 'awrd' (did you mean award?)", "未知的资金类别“awrd”（是否应为 award？）" },
	{ "{\"applicant\": [], \"platform\": {}}", "expected an object, not an array",
	  "应为对象，而不是数组" },
	{ "{\"year\": \"2019\", \"applicant\": {}, \"platform\": {}}",
	  "expected an integer, not a string", "应为整数，而不是字符串" },
	{ "{\"applicant\": {}, \"platform\": {}, \"review\": {\"expertScore\": 82}}",
	  "write \"82\"", "请写作 \"82\"" },
	{ "{\"applicant\": {}, \"platform\": {}, \"nickname\": 1}", "unknown key 'nickname'",
	  "未知的键“nickname”" },
};

START_TEST(errors_in_both_languages)
{
	gsb_reader *r;
	gsb_application *a = NULL;
	const char *json = bilingual[_i].json;
	GSB_OK_OR_FAIL(gsb_reader_open_memory(&r, json, strlen(json), "bad.json"));
	ck_assert_int_lt(gsb_reader_next(r, &a), 0);
	const gsb_error *e = gsb_error_last();
	ck_assert_msg(strstr(e->message, bilingual[_i].en) != NULL, "case %d: '%s'", _i, e->message);
	ck_assert_ptr_nonnull(e->message_zh);
	ck_assert_msg(strstr(e->message_zh, bilingual[_i].zh) != NULL, "case %d: '%s'", _i,
	              e->message_zh);
	ck_assert_msg(strstr(e->message_zh, "expected") == NULL && strstr(e->message_zh, "unknown") == NULL,
	              "case %d: English left in '%s'", _i, e->message_zh);
	if (_i == 5) /* nothing near: no hint */
		ck_assert_ptr_null(strstr(e->message, "did you mean"));
	gsb_reader_free(r);
}
END_TEST

/* Read a whole document: codes of the items in order ("1" for an
 * application), the ids of the applications. */
static void items_of(const char *json, char *codes, size_t size)
{
	gsb_reader *r;
	gsb_application *a;
	int rc;
	codes[0] = '\0';
	GSB_OK_OR_FAIL(gsb_reader_open_memory(&r, json, strlen(json), "items.json"));
	while ((rc = gsb_reader_next(r, &a)) != 0) {
		size_t o = strlen(codes);
		if (rc > 0)
			snprintf(codes + o, size - o, "%s%s", o ? " " : "", gsb_application_id(a));
		else
			snprintf(codes + o, size - o, "%s%s@%ld", o ? " " : "",
			         gsb_status_name(rc), gsb_error_last()->line);
		gsb_application_free(a);
	}
	gsb_reader_free(r);
}

START_TEST(bad_line_costs_that_line_only)
{
	char got[512];
	items_of("{\"id\": \"A\", \"applicant\": {}, \"platform\": {}}\n"
	         "{\"id\": \"B\", \"applicant\": {}, \"platform\": {\n"
	         "\n"
	         "{\"id\": \"C\", \"applicant\": {}, \"platform\": {}, \"x\": 1}\n"
	         "this is not JSON\n"
	         "{\"id\": \"D\", \"applicant\": {}, \"platform\": {}}\n",
	         got, sizeof got);
	ck_assert_str_eq(got, "A GSB_EPARSE@2 GSB_ESCHEMA@4 GSB_EPARSE@5 D");
}
END_TEST

START_TEST(bad_item_of_array_costs_that_item)
{
	char got[512];
	items_of("[\n"
	         " {\"id\": \"A\", \"applicant\": {}, \"platform\": {}},\n"
	         " {\"id\": \"B\", \"applicant\": {\"owner\": 1}, \"platform\": {}},\n"
	         " \"C\",\n"
	         " {\"id\": \"D\", \"applicant\": {}, \"platform\": {}}\n"
	         "]\n",
	         got, sizeof got);
	ck_assert_str_eq(got, "A GSB_ESCHEMA@3 GSB_ESCHEMA@4 D");
}
END_TEST

START_TEST(truncated_array)
{
	static const char json[] = "[{\"id\": \"A\", \"applicant\": {}, \"platform\": {}},\n"
	                           " {\"id\": \"B\", \"applicant\": {\"name\": \"x\"";
	char got[512];
	items_of(json, got, sizeof got);
	ck_assert_str_eq(got, "A GSB_EPARSE@2");
	gsb_reader *r;
	gsb_application *a;
	GSB_OK_OR_FAIL(gsb_reader_open_memory(&r, json, sizeof json - 1, "t.json"));
	ck_assert_int_eq(gsb_reader_next(r, &a), 1);
	gsb_application_free(a);
	ck_assert_int_eq(gsb_reader_next(r, &a), GSB_EPARSE);
	const gsb_error *e = gsb_error_last();
	ck_assert_str_eq(e->element, "/1/applicant/name");
	ck_assert_str_eq(e->application, "B");
	ck_assert_ptr_nonnull(strstr(e->message, "premature EOF"));
	ck_assert_int_eq(gsb_reader_next(r, &a), 0);
	gsb_reader_free(r);
}
END_TEST

/* A syntax error in an array costs its element alone: the elements are told
 * by the scanner's rule (docs/json.md), each decided or refused on its own,
 * with its line. */
START_TEST(syntax_error_costs_its_element)
{
	char got[512];
	items_of("[\n"
	         " {\"id\": \"A\", \"applicant\": {}, \"platform\": {}},\n"
	         " {\"id\": \"B\", \"applicant\": {}, \"platform\": {},, \"x\": 1},\n"
	         " {\"id\": \"C\", \"applicant\": {\"name\": \"no end}, \"platform\": {}},\n"
	         " {\"id\": \"D\", \"applicant\": {\"name\": \"x\"]}, \"platform\": {}},\n"
	         " {\"id\": \"E\", \"applicant\": {}, \"platform\": {},\n"
	         " {\"id\": \"F\", \"applicant\": {}, \"platform\": {\"name\": \"\\\"]},{\"}},\n"
	         " ,\n"
	         " {\"id\": \"G\", \"applicant\": {}, \"platform\": {}}\n"
	         " {\"id\": \"H\", \"applicant\": {}, \"platform\": {}},\n"
	         " \"I\", 5x, [1, 2],\n"
	         " {\"id\": \"J\", \"applicant\": {\"name\": \"\xff\"}, \"platform\": {}},\n"
	         " {\"id\": \"K\", \"applicant\": {}, \"platform\": {}}\n"
	         "]\n",
	         got, sizeof got);
	ck_assert_str_eq(got, "A GSB_EPARSE@3 GSB_EPARSE@4 GSB_EPARSE@5 GSB_EPARSE@7 F GSB_EPARSE@8 G "
	                      "GSB_EPARSE@10 GSB_ESCHEMA@11 GSB_ESCHEMA@11 GSB_ESCHEMA@11 "
	                      "GSB_EPARSE@12 K");
	/* the array's own faults: not closed, junk after it, a ',' before ']' */
	items_of("[{\"id\": \"A\", \"applicant\": {}, \"platform\": {}}", got, sizeof got);
	ck_assert_str_eq(got, "A GSB_EPARSE@1");
	items_of("[{\"id\": \"A\", \"applicant\": {}, \"platform\": {}}]\n\nx", got, sizeof got);
	ck_assert_str_eq(got, "A GSB_EPARSE@3");
	items_of("[{\"id\": \"A\", \"applicant\": {}, \"platform\": {}},\n]", got, sizeof got);
	ck_assert_str_eq(got, "A GSB_EPARSE@2");
	items_of("[ ]", got, sizeof got);
	ck_assert_str_eq(got, "");
	/* the last element left open, then the array's end */
	items_of("[{\"id\": \"A\", \"applicant\": {}, \"platform\": {}},\n"
	         " {\"id\": \"B\", \"applicant\": {}, \"platform\": {}\n]\n",
	         got, sizeof got);
	ck_assert_str_eq(got, "A GSB_EPARSE@3");
}
END_TEST

/* The error of an element left open: its id, its index, the next decided
 * with its own index. */
START_TEST(element_left_open)
{
	static const char json[] = "[{\"id\": \"A\", \"applicant\": {}, \"platform\": {\"name\": \"P\"},\n"
	                           " {\"id\": \"B\", \"applicant\": {}, \"platform\": {\"x\": 1}}]";
	gsb_reader *r;
	gsb_application *a;
	GSB_OK_OR_FAIL(gsb_reader_open_memory(&r, json, sizeof json - 1, "o.json"));
	ck_assert_int_eq(gsb_reader_next(r, &a), GSB_EPARSE);
	const gsb_error *e = gsb_error_last();
	ck_assert_str_eq(e->element, "/0");
	ck_assert_str_eq(e->application, "A");
	ck_assert_int_eq(e->line, 2);
	ck_assert_ptr_nonnull(strstr(e->message, "not closed"));
	ck_assert_ptr_null(strstr(e->message, "rest of the array"));
	ck_assert_int_eq(gsb_reader_next(r, &a), GSB_ESCHEMA);
	ck_assert_str_eq(gsb_error_last()->element, "/1/platform/x");
	ck_assert_str_eq(gsb_error_last()->application, "B");
	ck_assert_int_eq(gsb_reader_next(r, &a), 0);
	gsb_reader_free(r);
}
END_TEST

/* Broken elements wherever the reader's pieces (32 KiB) are cut: every
 * element an entry, each broken one at its line. */
START_TEST(resync_across_pieces)
{
	static const char *const kinds[] = {
		"{\"id\": \"L%zu\", \"applicant\": {\"capable\": true}, \"platform\": {}}",
		"{\"id\": \"L%zu\", \"applicant\": {\"capable\": true,}, \"platform\": {}}",
		"{\"id\": \"L%zu\", \"applicant\": {\"name\": \"no end}, \"platform\": {}}",
		"{\"id\": \"L%zu\", \"applicant\": {\"name\": \"a]\"]}, \"platform\": {}}",
		"{\"id\": \"L%zu\", \"applicant\": {\"name\": \"\\\"\"}, \"platform\": {}",
	};
	size_t n = 3000, size = n * 96 + 16, o = 0;
	char *json = malloc(size);
	ck_assert_ptr_nonnull(json);
	o += (size_t)snprintf(json, size, "[\n");
	for (size_t i = 0; i < n; i++) {
		o += (size_t)snprintf(json + o, size - o, kinds[i % 5], i);
		o += (size_t)snprintf(json + o, size - o, "%s\n", i + 1 < n ? "," : "");
	}
	o += (size_t)snprintf(json + o, size - o, "]\n");
	ck_assert_uint_gt(o, 3 * 32768);
	gsb_reader *r;
	gsb_application *a;
	GSB_OK_OR_FAIL(gsb_reader_open_memory(&r, json, o, "pieces.json"));
	size_t seen = 0;
	int rc;
	while ((rc = gsb_reader_next(r, &a)) != 0) {
		char id[16];
		snprintf(id, sizeof id, "L%zu", seen);
		if (seen % 5 == 0) {
			ck_assert_int_eq(rc, 1);
			ck_assert_str_eq(gsb_application_id(a), id);
			ck_assert_int_eq(gsb_application_line(a), (long)seen + 2);
			gsb_application_free(a);
		} else {
			ck_assert_int_eq(rc, GSB_EPARSE);
			ck_assert_str_eq(gsb_error_last()->application, id);
			/* an element left open shows where the next begins */
			ck_assert_int_eq(gsb_error_last()->line, (long)seen + 2 + (seen % 5 == 4));
		}
		seen++;
	}
	ck_assert_uint_eq(seen, n);
	gsb_reader_free(r);
	free(json);
}
END_TEST

/* The pointer of an error inside an array batch starts with the index. */
START_TEST(pointer_in_array)
{
	static const char json[] = "[{\"id\": \"A\", \"applicant\": {}, \"platform\": {}},\n"
	                           " {\"id\": \"B\", \"applicant\": {}, \"platform\": {},\n"
	                           "  \"listings\": [{\"kind\": \"national-platform\"},\n"
	                           "               {\"kind\": \"famous\", \"year\": 2019}]}]";
	gsb_reader *r;
	gsb_application *a;
	GSB_OK_OR_FAIL(gsb_reader_open_memory(&r, json, sizeof json - 1, "p.json"));
	ck_assert_int_eq(gsb_reader_next(r, &a), 1);
	gsb_application_free(a);
	ck_assert_int_eq(gsb_reader_next(r, &a), GSB_ESCHEMA);
	const gsb_error *e = gsb_error_last();
	ck_assert_str_eq(e->element, "/1/listings/1/kind");
	ck_assert_int_eq(e->line, 4);
	ck_assert_str_eq(e->application, "B");
	gsb_reader_free(r);
}
END_TEST

/* ------------------------------------------------------------ forms */

static int batch_of(const char *json)
{
	gsb_reader *r;
	gsb_application *a;
	GSB_OK_OR_FAIL(gsb_reader_open_memory(&r, json, strlen(json), "f.json"));
	ck_assert_int_eq(gsb_reader_format(r), GSB_FORMAT_JSON);
	ck_assert_int_eq(gsb_reader_next(r, &a), 1);
	gsb_application_free(a);
	int batch = gsb_reader_is_batch(r);
	while (gsb_reader_next(r, &a) != 0)
		gsb_application_free(a);
	gsb_reader_free(r);
	return batch;
}

START_TEST(forms_and_batches)
{
	static const char one[] = "{\"id\": \"A\", \"applicant\": {}, \"platform\": {}}";
	ck_assert_int_eq(batch_of(one), 0);
	ck_assert_int_eq(batch_of("\xEF\xBB\xBF \n\n{\"id\": \"A\", \"applicant\": {}, \"platform\": {}}\n\n"), 0);
	ck_assert_int_eq(batch_of("{\n \"id\": \"A\",\n \"applicant\": {},\n \"platform\": {}\n}\n"), 0);
	ck_assert_int_eq(batch_of("[{\"id\": \"A\", \"applicant\": {}, \"platform\": {}}]"), 1);
	ck_assert_int_eq(batch_of("{\"id\": \"A\", \"applicant\": {}, \"platform\": {}}\n"
	                          "{\"id\": \"B\", \"applicant\": {}, \"platform\": {}}"), 1);
	/* one application read whole: a batch is refused */
	gsb_application *a;
	static const char two[] = "[{\"id\": \"A\", \"applicant\": {}, \"platform\": {}}]";
	ck_assert_int_eq(gsb_application_read_memory(&a, two, strlen(two), "two.json"), GSB_ESCHEMA);
	ck_assert_ptr_null(a);
	/* content after one application spread over lines: the error (its
	 * line, the application's id) in place of the decision, as in XML */
	char got[256];
	static const char junk[] =
		"{\n\"id\": \"A\", \"applicant\": {}, \"platform\": {}\n}\n{\"id\": \"B\"}\n";
	items_of(junk, got, sizeof got);
	ck_assert_str_eq(got, "GSB_EPARSE@4");
	gsb_reader *r;
	GSB_OK_OR_FAIL(gsb_reader_open_memory(&r, junk, strlen(junk), "junk.json"));
	ck_assert_int_eq(gsb_reader_next(r, &a), GSB_EPARSE);
	ck_assert_ptr_null(a);
	ck_assert_str_eq(gsb_error_last()->application, "A");
	ck_assert_int_eq(gsb_reader_count(r), 1);
	ck_assert_int_eq(gsb_reader_next(r, &a), 0);
	gsb_reader_free(r);
	/* the same on one line */
	items_of("{\"id\": \"A\", \"applicant\": {}, \"platform\": {}} junk\n", got, sizeof got);
	ck_assert_str_eq(got, "GSB_EPARSE@1");
}
END_TEST

START_TEST(sniffing)
{
	ck_assert_int_eq(gsb__json_sniff("  {", 3), 1);
	ck_assert_int_eq(gsb__json_sniff("\xEF\xBB\xBF\n[", 5), 1);
	ck_assert_int_eq(gsb__json_sniff("<?xml", 5), 0);
	ck_assert_int_eq(gsb__json_sniff("\xEF\xBB\xBF<a/>", 7), 0);
	ck_assert_int_eq(gsb__json_sniff(" \n\t", 3), -1);
	ck_assert_int_eq(gsb__json_sniff("\xEF\xBB", 2), -1);
	ck_assert_int_eq(gsb__json_sniff("\xEF\xBF", 2), 0);
	ck_assert_int_eq(gsb__json_sniff("", 0), -1);
}
END_TEST

/* A pipe: read as it streams, JSON and XML alike, through a descriptor. */
START_TEST(from_a_descriptor)
{
	static const char *const docs[] = {
		"\n\n  [{\"id\": \"P-1\", \"applicant\": {}, \"platform\": {}},\n"
		"   {\"id\": \"P-2\", \"applicant\": {}, \"platform\": {}}]\n",
		"<applications xmlns=\"urn:geshibai:1\"><application id=\"P-1\"><applicant/>"
		"<platform/></application><application id=\"P-2\"><applicant/><platform/>"
		"</application></applications>",
	};
	for (int i = 0; i < 2; i++) {
		int fds[2];
		ck_assert_int_eq(pipe(fds), 0);
		ck_assert_int_eq(write(fds[1], docs[i], strlen(docs[i])), (ssize_t)strlen(docs[i]));
		close(fds[1]);
		gsb_reader *r;
		gsb_application *a;
		GSB_OK_OR_FAIL(gsb_reader_open_fd(&r, fds[0], "pipe"));
		close(fds[0]); /* the reader holds its own */
		ck_assert_int_eq(gsb_reader_format(r), i == 0 ? GSB_FORMAT_JSON : GSB_FORMAT_XML);
		ck_assert_int_eq(gsb_reader_next(r, &a), 1);
		ck_assert_str_eq(gsb_application_id(a), "P-1");
		gsb_application_free(a);
		ck_assert_int_eq(gsb_reader_next(r, &a), 1);
		ck_assert_str_eq(gsb_application_id(a), "P-2");
		gsb_application_free(a);
		ck_assert_int_eq(gsb_reader_next(r, &a), 0);
		gsb_reader_free(r);
	}
	gsb_reader *r = NULL;
	ck_assert_int_eq(gsb_reader_open_fd(&r, -1, NULL), GSB_EINVAL);
	ck_assert_int_eq(gsb_reader_open_fd(NULL, 0, NULL), GSB_EINVAL);
	ck_assert_int_eq(gsb_reader_format(NULL), GSB_FORMAT_XML);
}
END_TEST

/* A long array in pieces: every application arrives, one at a time. */
START_TEST(long_array_streams)
{
	static const char item[] = "{\"id\": \"L\", \"applicant\": {\"capable\": true},"
	                           " \"platform\": {\"industries\": [\"C13\"]}}";
	size_t n = 5000, size = n * (sizeof item + 2) + 4;
	char *json = malloc(size);
	ck_assert_ptr_nonnull(json);
	size_t o = 0;
	json[o++] = '[';
	for (size_t i = 0; i < n; i++)
		o += (size_t)snprintf(json + o, size - o, "%s%s\n", i ? "," : "", item);
	json[o++] = ']';
	gsb_reader *r;
	gsb_application *a;
	GSB_OK_OR_FAIL(gsb_reader_open_memory(&r, json, o, "long.json"));
	size_t seen = 0;
	int rc;
	while ((rc = gsb_reader_next(r, &a)) == 1) {
		seen++;
		ck_assert_int_eq(gsb_application_line(a), (long)seen);
		gsb_application_free(a);
	}
	ck_assert_int_eq(rc, 0);
	ck_assert_uint_eq(seen, n);
	gsb_reader_free(r);
	free(json);
}
END_TEST

Suite *gsb_test_suite(void)
{
	Suite *s = suite_create("json_read");
	TCase *t = tcase_create("json");
	tcase_add_test(t, examples_decide_alike);
	tcase_add_test(t, batch_forms_decide_alike);
	tcase_add_test(t, null_is_absent);
	tcase_add_loop_test(t, malformed_refused_with_line_and_pointer, 0,
	                    (int)(sizeof bad / sizeof bad[0]));
	tcase_add_loop_test(t, errors_in_both_languages, 0,
	                    (int)(sizeof bilingual / sizeof bilingual[0]));
	tcase_add_test(t, bad_line_costs_that_line_only);
	tcase_add_test(t, bad_item_of_array_costs_that_item);
	tcase_add_test(t, truncated_array);
	tcase_add_test(t, syntax_error_costs_its_element);
	tcase_add_test(t, element_left_open);
	tcase_add_test(t, resync_across_pieces);
	tcase_add_test(t, pointer_in_array);
	tcase_add_test(t, forms_and_batches);
	tcase_add_test(t, sniffing);
	tcase_add_test(t, from_a_descriptor);
	tcase_add_test(t, long_array_streams);
	suite_add_tcase(s, t);
	return s;
}
