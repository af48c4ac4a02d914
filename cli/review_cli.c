/*
 * geshibai review — the review procedure of provision 5.2 (docs/review.md)
 * from the command line: show a record (state, history, what may come
 * next), advance it by one step, or check whole records. Every check is the
 * library's (gsb_review_read_file replays the steps through
 * gsb_review_advance); this file only reads options and prints.
 *
 * Where the advanced record goes: standard output by default; -o OUT writes
 * OUT, which must not be the input (compared by device and inode); only
 * --in-place rewrites the input, through a temporary file renamed over it,
 * so that a failed write never leaves half a record.
 */
#include <errno.h>
#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "cli.h"

static const char usage_en[] =
"NAME\n"
"  geshibai review - the review procedure of provision 5.2 (docs/review.md)\n"
"\n"
"SYNOPSIS\n"
"  geshibai review [--params FILE] [--lang zh|en] RECORD\n"
"  geshibai review --to STATE --date DATE [--note TEXT] [-o OUT | --in-place]\n"
"                  [--params FILE] [--lang zh|en] RECORD\n"
"  geshibai review --check [--params FILE] [--lang zh|en] RECORD...\n"
"\n"
"DESCRIPTION\n"
"  RECORD is a review document (<review>, one <step> per state reached; '-' is\n"
"  standard input). Every record is checked as a whole when read: the first\n"
"  step is submitted, dates never run backwards, each transition is a step of\n"
"  the procedure, disbursement only after the publicity period\n"
"  (review.publicity-days, 5 days by default), an objection only inside it.\n"
"\n"
"  Without --to or --check: the record's state, its history and the states it\n"
"  may move to next (with the dates the publicity period allows).\n"
"\n"
"  With --to: the record advanced to STATE on DATE, written as a review\n"
"  document to standard output, to OUT (-o), or over RECORD (--in-place).\n"
"  A refused step changes nothing and says which rule it breaks.\n"
"\n"
"  With --check: each RECORD checked; 'valid' and its state, or its error.\n"
"\n"
"STATES\n"
"  submitted, city-recommended, city-rejected, task-force-reviewed,\n"
"  task-force-rejected, expert-reviewed, selected, not-selected, publicised,\n"
"  objection-upheld, disbursed, withdrawn. An objection dismissed during\n"
"  publicity is a step publicised -> publicised whose note says so.\n"
"\n"
"OPTIONS\n"
"  --to STATE       advance the record to STATE\n"
"  --date DATE      the date of the new step (YYYY-MM-DD; required with --to)\n"
"  --note TEXT      a note for the new step (required for an objection dismissed)\n"
"  -o, --output OUT write the advanced record to OUT ('-': standard output);\n"
"                   OUT must not be RECORD (refused, exit 2)\n"
"  --in-place       write the advanced record over RECORD\n"
"  --check          check each RECORD as a whole\n"
"  --params FILE    a parameters file (review.publicity-days of an annual guide)\n"
"  --lang LANG      zh or en (default from LC_ALL, LC_MESSAGES, LANG)\n"
"  -h, --help       show this help\n"
"\n"
"EXIT STATUS\n"
"  0 done; 1 a record is invalid or the step is refused; 2 usage error;\n"
"  3 I/O or internal error.\n"
"\n"
"EXAMPLES\n"
"  geshibai review examples/review/review-QD-2019-007.xml\n"
"  geshibai review --to disbursed --date 2019-07-08 -o new.xml record.xml\n"
"  geshibai review --check records/*.xml\n";

static const char usage_zh[] =
"名称\n"
"  geshibai review - 办法 5.2 的评审程序（见 docs/review.md）\n"
"\n"
"用法\n"
"  geshibai review [--params 文件] [--lang zh|en] 记录\n"
"  geshibai review --to 状态 --date 日期 [--note 说明] [-o 输出 | --in-place]\n"
"                  [--params 文件] [--lang zh|en] 记录\n"
"  geshibai review --check [--params 文件] [--lang zh|en] 记录...\n"
"\n"
"说明\n"
"  记录是评审记录文档（<review>，每到一个状态一个 <step>；'-' 为标准输入）。\n"
"  读入时整体检查：第一步为申报，日期不倒退，每一步都是程序允许的转换，\n"
"  公示期（review.publicity-days，默认 5 天）结束后才能拨付，异议只能在公示期内处理。\n"
"\n"
"  不带 --to 或 --check：显示当前状态、历程，以及下一步可转入的状态（及公示期所允许的日期）。\n"
"\n"
"  带 --to：把记录推进到指定状态和日期，以评审记录文档写到标准输出、-o 指定的文件，\n"
"  或用 --in-place 覆盖原记录。被拒绝的一步不改变任何内容，并说明违反了哪条规则。\n"
"\n"
"  带 --check：逐个检查记录；输出“有效”及其状态，或错误。\n"
"\n"
"状态\n"
"  submitted 申报、city-recommended 市级推荐上报、city-rejected 市级初审未通过、\n"
"  task-force-reviewed 专班初审、task-force-rejected 专班初审未通过、\n"
"  expert-reviewed 专家评审、selected 确定支持、not-selected 未确定支持、\n"
"  publicised 公示、objection-upheld 公示异议成立、disbursed 拨付奖励资金、withdrawn 撤回。\n"
"  公示期内异议不成立：记一步 publicised -> publicised，并在说明中写明。\n"
"\n"
"选项\n"
"  --to 状态        推进到该状态\n"
"  --date 日期      新一步的日期（YYYY-MM-DD；与 --to 同用时必需）\n"
"  --note 说明      新一步的说明（异议不成立时必需）\n"
"  -o, --output 输出 推进后的记录写到该文件（'-' 为标准输出）；不得是原记录（拒绝，退出码 2）\n"
"  --in-place       推进后的记录覆盖原记录\n"
"  --check          整体检查每个记录\n"
"  --params 文件    参数文件（年度申报指南中的 review.publicity-days）\n"
"  --lang 语言      zh 或 en（默认依 LC_ALL、LC_MESSAGES、LANG）\n"
"  -h, --help       显示本帮助\n"
"\n"
"退出状态\n"
"  0 完成；1 记录无效或该步被拒绝；2 用法错误；3 读写或内部错误。\n"
"\n"
"示例\n"
"  geshibai review examples/review/review-QD-2019-007.xml\n"
"  geshibai review --to disbursed --date 2019-07-08 -o new.xml record.xml\n"
"  geshibai review --check records/*.xml\n";

typedef struct {
	const char *to, *note, *out, *params;
	gsb_review_state to_state;
	gsb_date date;
	int in_place, check, help;
	gsb_lang lang;
} rv_opts;

/* Options; the index of the first operand, or -1 after a usage error. */
static int rv_parse(rv_opts *o, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "to", required_argument, NULL, 't' },
		{ "date", required_argument, NULL, 'd' },
		{ "note", required_argument, NULL, 'n' },
		{ "output", required_argument, NULL, 'o' },
		{ "in-place", no_argument, NULL, 'i' },
		{ "check", no_argument, NULL, 'c' },
		{ "params", required_argument, NULL, 'p' },
		{ "lang", required_argument, NULL, 'l' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	*o = (rv_opts){ .date = GSB_DATE_NONE, .lang = gsb_lang_default() };
	optind = 0;
	opterr = 0;
	int opt;
	while ((opt = getopt_long(argc, argv, ":ho:", longopts, NULL)) != -1) {
		switch (opt) {
		case 't':
			o->to = optarg;
			if (gsb_review_state_from_name(&o->to_state, optarg) != GSB_OK) {
				gsb_cli_usage_error("review", "--to: '%s' is not a review state", optarg);
				return -1;
			}
			break;
		case 'd':
			if (gsb_date_parse(&o->date, optarg) != GSB_OK) {
				gsb_cli_usage_error("review", "--date: '%s' is not a date YYYY-MM-DD",
				                    optarg);
				return -1;
			}
			break;
		case 'n':
			o->note = optarg;
			break;
		case 'o':
			o->out = optarg;
			break;
		case 'i':
			o->in_place = 1;
			break;
		case 'c':
			o->check = 1;
			break;
		case 'p':
			o->params = optarg;
			break;
		case 'l':
			if (gsb_cli_parse_lang(&o->lang, "review", optarg) < 0)
				return -1;
			break;
		case 'h':
			o->help = 1;
			break;
		case ':':
			gsb_cli_usage_error("review", "option '%s' needs a value", argv[optind - 1]);
			return -1;
		default:
			gsb_cli_usage_error("review", "unknown option '%s'", argv[optind - 1]);
			return -1;
		}
	}
	return optind;
}

/* The usage errors of option combinations; 0 when they fit. */
static int rv_combination(const rv_opts *o, int operands)
{
	const char *bad = NULL;
	if (operands == 0)
		bad = "no review record (use '-' for standard input)";
	else if (o->check && (o->to || o->note || o->out || o->in_place || o->date != GSB_DATE_NONE))
		bad = "--check takes no --to, --date, --note, -o or --in-place";
	else if (!o->to && (o->note || o->out || o->in_place || o->date != GSB_DATE_NONE))
		bad = "--date, --note, -o and --in-place go with --to";
	else if (o->to && o->date == GSB_DATE_NONE)
		bad = "--to needs --date";
	else if (o->out && o->in_place)
		bad = "-o and --in-place exclude each other";
	else if (!o->check && operands > 1)
		bad = "one review record at a time (or --check for several)";
	if (bad) {
		gsb_cli_usage_error("review", "%s", bad);
		return -1;
	}
	return 0;
}

/* ------------------------------------------------------------ showing */

static const char *label(gsb_review_state s, gsb_lang lang)
{
	return gsb_review_state_label(s, lang);
}

/* "disbursed (award disbursed)" or "拨付奖励资金（disbursed）". */
static void print_state(gsb_review_state s, gsb_lang lang)
{
	if (lang == GSB_LANG_ZH)
		printf("%s（%s）", label(s, lang), gsb_review_state_name(s));
	else
		printf("%s (%s)", gsb_review_state_name(s), label(s, lang));
}

static void print_history(const gsb_review *r, gsb_lang lang)
{
	bool zh = lang == GSB_LANG_ZH;
	printf("%s\n", zh ? "历程：" : "history:");
	for (size_t i = 0; i < gsb_review_history_count(r); i++) {
		gsb_review_state s;
		gsb_date d;
		const char *note;
		char day[11];
		if (gsb_review_history_at(r, i, &s, &d, &note) != GSB_OK)
			continue;
		printf("  %s  ", gsb_date_format(d, day));
		print_state(s, lang);
		if (note)
			printf(zh ? " —— %s" : " — %s", note);
		putchar('\n');
	}
}

/* The publicity period of a publicised record, and the dates it allows. */
static void print_publicity(const gsb_review *r, const gsb_policy *policy, gsb_lang lang,
                            gsb_date *first_allowed)
{
	gsb_date on;
	*first_allowed = GSB_DATE_NONE;
	if (gsb_review_publicised_on(&on, r) != GSB_OK ||
	    gsb_review_disbursable_from(first_allowed, r, policy) != GSB_OK)
		return;
	char a[11], b[11], c[11];
	long days = *first_allowed == GSB_DATE_NONE ? -1 : (long)(*first_allowed - on);
	gsb_date_format(on, a);
	if (*first_allowed == GSB_DATE_NONE)
		printf(lang == GSB_LANG_ZH ? "公示期：自 %s 起，9999-12-31 前不结束\n"
		                           : "publicity period: from %s, not ending before 9999-12-31\n",
		       a);
	else if (days == 0)
		printf(lang == GSB_LANG_ZH ? "公示期：无（0 天）；自 %s 起可拨付\n"
		                           : "publicity period: none (0 days); disbursement allowed from %s\n",
		       gsb_date_format(*first_allowed, c));
	else
		printf(lang == GSB_LANG_ZH ? "公示期：%s 至 %s（%ld 天）；自 %s 起可拨付\n"
		                           : "publicity period: %s to %s (%ld days); disbursement "
		                             "allowed from %s\n",
		       a, gsb_date_format(*first_allowed - 1, b), days,
		       gsb_date_format(*first_allowed, c));
}

/* The states the record may move to, with the dates the period allows. */
static void print_next(const gsb_review *r, gsb_date first_allowed, gsb_lang lang)
{
	bool zh = lang == GSB_LANG_ZH, any = false;
	gsb_review_state cur = gsb_review_current(r);
	printf("%s", zh ? "下一步可为：" : "next:");
	for (int s = 0; s < GSB_REVIEW_STATE_COUNT; s++) {
		if (!gsb_review_allowed(cur, (gsb_review_state)s))
			continue;
		char day[11];
		printf("\n  ");
		print_state((gsb_review_state)s, lang);
		bool publicised = cur == GSB_REVIEW_PUBLICISED;
		if (publicised && s == GSB_REVIEW_DISBURSED && first_allowed != GSB_DATE_NONE)
			printf(zh ? "，自 %s 起" : ", from %s", gsb_date_format(first_allowed, day));
		else if (publicised && s == GSB_REVIEW_DISBURSED)
			printf("%s", zh ? "，公示期未结束" : ", not while the publicity period lasts");
		if (publicised && (s == GSB_REVIEW_OBJECTION_UPHELD || s == GSB_REVIEW_PUBLICISED)) {
			if (first_allowed == GSB_DATE_NONE)
				printf("%s", zh ? "，公示期内" : ", during the publicity period");
			else
				printf(zh ? "，至 %s 止（公示期内）" : ", until %s (during publicity)",
				       gsb_date_format(first_allowed - 1, day));
			if (s == GSB_REVIEW_PUBLICISED)
				printf("%s", zh ? "：异议不成立，须写说明" : ": an objection dismissed, with a note");
		}
		any = true;
	}
	if (!any)
		printf("%s", zh ? "无（程序已结束）" : " none (the record has ended)");
	putchar('\n');
}

static int rv_show(const gsb_review *r, const gsb_policy *policy, const char *path, gsb_lang lang)
{
	bool zh = lang == GSB_LANG_ZH;
	char day[11];
	printf(zh ? "%s：申报 %s 的评审记录\n" : "%s: review of application %s\n", path,
	       gsb_review_application(r));
	printf("%s", zh ? "当前状态：" : "state: ");
	print_state(gsb_review_current(r), lang);
	printf(zh ? "，%s\n" : " since %s\n", gsb_date_format(gsb_review_current_date(r), day));
	print_history(r, lang);
	gsb_date first_allowed = GSB_DATE_NONE;
	print_publicity(r, policy, lang, &first_allowed);
	print_next(r, first_allowed, lang);
	return gsb_cli_finish_stdout();
}

/* ------------------------------------------------------------ writing */

/* Write the record over path: a temporary file beside it, renamed. */
static int write_in_place(const char *path, const char *xml)
{
	size_t n = strlen(path);
	char *tmp = malloc(n + 16);
	if (tmp == NULL)
		return GSB_EXIT_IO;
	snprintf(tmp, n + 16, "%s.XXXXXX", path);
	int fd = mkstemp(tmp);
	FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;
	int ok = f != NULL && fputs(xml, f) >= 0;
	if (f != NULL)
		ok = fclose(f) == 0 && ok;
	else if (fd >= 0)
		close(fd);
	if (ok && rename(tmp, path) != 0)
		ok = 0;
	if (!ok) {
		fprintf(stderr, "%s review: cannot write %s: %s\n", GSB_CLI_PROGRAM, path,
		        strerror(errno));
		if (fd >= 0)
			unlink(tmp);
	}
	free(tmp);
	return ok ? GSB_EXIT_OK : GSB_EXIT_IO;
}

static int write_to(const char *out, const char *xml)
{
	if (out == NULL || strcmp(out, "-") == 0) {
		fputs(xml, stdout);
		return gsb_cli_finish_stdout();
	}
	FILE *f = fopen(out, "w");
	int ok = f != NULL && fputs(xml, f) >= 0;
	if (f != NULL)
		ok = fclose(f) == 0 && ok;
	if (!ok) {
		fprintf(stderr, "%s review: cannot write %s: %s\n", GSB_CLI_PROGRAM, out,
		        strerror(errno));
		return GSB_EXIT_IO;
	}
	return GSB_EXIT_OK;
}

static int rv_advance(gsb_review *r, const gsb_policy *policy, const rv_opts *o,
                      const char *path)
{
	if (gsb_review_advance(r, policy, o->to_state, o->date, o->note) != GSB_OK) {
		gsb_cli_print_error(path, gsb_error_last());
		return GSB_EXIT_INVALID;
	}
	char *xml = gsb_review_to_xml(r);
	if (xml == NULL)
		return gsb_cli_library_failed();
	int status = o->in_place ? write_in_place(path, xml) : write_to(o->out, xml);
	gsb_free(xml);
	return status;
}

/* ------------------------------------------------------------ the command */

static int rv_check(const gsb_policy *policy, char **files, int n, gsb_lang lang)
{
	int status = GSB_EXIT_OK;
	for (int i = 0; i < n; i++) {
		gsb_review *r = NULL;
		int rc = gsb_review_read_file(&r, policy, files[i]);
		if (rc != GSB_OK) {
			gsb_cli_print_error(files[i], gsb_error_last());
			status = gsb_cli_worse(status, gsb_cli_exit_for(rc));
			continue;
		}
		printf(lang == GSB_LANG_ZH ? "%s：有效，" : "%s: valid, ", files[i]);
		print_state(gsb_review_current(r), lang);
		putchar('\n');
		gsb_review_free(r);
	}
	return gsb_cli_worse(status, gsb_cli_finish_stdout());
}

int gsb_cli_review(int argc, char **argv)
{
	rv_opts o;
	int first = rv_parse(&o, argc, argv);
	if (first < 0)
		return GSB_EXIT_USAGE;
	if (o.help)
		return gsb_cli_print_help(o.lang == GSB_LANG_ZH ? usage_zh : usage_en);
	if (rv_combination(&o, argc - first) < 0)
		return GSB_EXIT_USAGE;
	if (o.in_place && strcmp(argv[first], "-") == 0) {
		gsb_cli_usage_error("review", "--in-place needs a file, not standard input");
		return GSB_EXIT_USAGE;
	}
	/* the record (and the parameters) are never overwritten but by --in-place */
	if (o.out && (gsb_cli_refuse_output_input("review", "-o", o.out, argv + first, 1) ||
	              gsb_cli_refuse_output_input("review", "-o", o.out, (char **)&o.params,
	                                          o.params != NULL)))
		return GSB_EXIT_USAGE;
	gsb_policy *policy = NULL;
	int status = gsb_cli_load_policy(&policy, o.params);
	if (status != GSB_EXIT_OK)
		return status;
	if (o.check) {
		status = rv_check(policy, argv + first, argc - first, o.lang);
	} else {
		gsb_review *r = NULL;
		int rc = gsb_review_read_file(&r, policy, argv[first]);
		if (rc != GSB_OK) {
			gsb_cli_print_error(argv[first], gsb_error_last());
			status = gsb_cli_exit_for(rc);
		} else {
			status = o.to ? rv_advance(r, policy, &o, argv[first])
			              : rv_show(r, policy, argv[first], o.lang);
		}
		gsb_review_free(r);
	}
	gsb_policy_free(policy);
	return status;
}
