/*
 * libgeshibai — the Chinese text of the library's error formats that are
 * written in English only at their call site (error.c looks them up), and of
 * the English words some of them take as arguments. A format written with
 * both halves at its call site ("English" GSB__ZH "中文") needs no entry.
 *
 * Each Chinese format takes the same arguments as its English one: in the
 * same order, or by position (%2$s). tests/messages.sh checks that every
 * English-only format of lib/ has an entry here and that the arguments agree.
 */
#include <string.h>
#include "error_int.h"

static const char *const formats[][2] = {
	/* resources and the machine */
	{ "out of memory", "内存不足" },
	{ "out of memory noting an error", "内存不足，无法记下错误" },
	{ "out of memory: a result of the batch was lost", "内存不足：批量中的一个结果丢失" },
	{ "string pool full (4 GiB)", "字符串池已满（4 GiB）" },
	{ "too many distinct keys", "不同的键过多" },
	{ "too many transfers", "拨付记录过多" },
	{ "too many expenses", "支出记录过多" },
	{ "pthread_key_create failed", "无法创建线程数据（pthread_key_create）" },
	{ "pthread_setspecific failed", "无法设置线程数据（pthread_setspecific）" },
	{ "ICU: cannot open transform Hant-Hans: %s", "ICU 无法打开繁简转换：%s" },
	{ "ICU: %s: %s", "ICU 出错：%s：%s" },
	{ "ICU: cannot open the zh collator: %s", "ICU 无法打开中文排序：%s" },
	{ "ICU: cannot open the zh spell-out: %s", "ICU 无法打开中文大写数字：%s" },
	{ "ICU: no %%spellout-cardinal-financial: %s", "ICU 缺少中文大写金额规则：%s" },
	{ "ICU: cannot spell %lld fen", "ICU 无法写出 %lld 分的大写金额" },
	{ "collation: out of memory", "排序时内存不足" },
	{ "collation: cannot make a sort key", "排序时无法生成排序键" },
	{ "cannot create an XML reader", "无法创建 XML 读取器" },
	{ "cannot create an XML parser", "无法创建 XML 解析器" },
	{ "gsb_xml_pump: not opened with gsb_xml_open_*_sax", "gsb_xml_pump：未以 SAX 方式打开" },
	{ "schema %s is not built into the library", "库中没有内置格式定义 %s" },
	{ "schema validation failed (%d)", "格式校验失败（%d）" },
	{ "cannot validate %s while streaming", "流式读取时无法按 %s 校验" },
	/* contracts of the setters and the review procedure (5.2) */
	{ "%s: invalid UTF-8 or a control character", "%s：不是有效的 UTF-8 文本，或含有控制字符" },
	{ "%s item: invalid UTF-8 or a control character", "%s 条目：不是有效的 UTF-8 文本，或含有控制字符" },
	{ "listing text: invalid UTF-8 or a control character", "列入名单文字：不是有效的 UTF-8 文本，或含有控制字符" },
	{ "local source: invalid UTF-8 or a control character", "市县配套来源：不是有效的 UTF-8 文本，或含有控制字符" },
	{ "%s: no date", "%s：没有日期" },
	{ "%s: day number %ld is outside 0001-01-01..9999-12-31", "%s：日序 %ld 超出 0001-01-01 至 9999-12-31" },
	{ "ledger: %s is not valid UTF-8 or holds a control character", "台账：%s 不是有效的 UTF-8 文本，或含有控制字符" },
	{ "transition from %s to %s refused: the procedure has ended at %s (5.2, docs/review.md; withdrawal only before disbursement)",
	  "不允许从“%s”转为“%s”：程序已于“%s”终结（5.2，docs/review.md；拨付前方可撤回）" },
	{ "transition from %s to %s refused: not a step of the 5.2 procedure (docs/review.md); from %s it may go to %s",
	  "不允许从“%s”转为“%s”：不是 5.2 程序中的步骤（docs/review.md）；“%s”之后可转为 %s" },
	{ "transition from publicised to %s refused: an objection is decided only inside the publicity period of %lld days from %s (ends %s), not on %s (5.2, review.publicity-days)",
	  "不允许从“已公示”转为“%1$s”：异议只能在自 %3$s 起 %2$lld 天的公示期内（至 %4$s）处理，%5$s 不在期内（5.2，review.publicity-days）" },
	{ "publicised again refused: a step publicised -> publicised records a dismissed objection, and its note must say so (5.2)",
	  "不允许再次记为已公示：已公示 -> 已公示 记录的是被驳回的异议，备注须写明（5.2）" },
	/* files */
	{ "cannot open '%s': %s", "无法打开“%s”：%s" },
	{ "cannot read '%s': %s", "无法读取“%s”：%s" },
	{ "'%s' is a directory", "“%s”是目录，不是文件" },
	{ "cannot read standard input: %s", "无法读取标准输入：%s" },
	{ "invalid argument: descriptor %d", "参数无效：文件描述符 %d" },
	/* documents */
	{ "the document is not valid", "文件不符合格式规定" },
	{ "empty document", "文件是空的" },
	{ "unexpected text", "此处不应有文字" },
	{ "not well-formed XML: unexpected end", "XML 格式有误：文件意外结束" },
	{ "element '%s' is not in the namespace urn:geshibai:1",
	  "元素“%s”不在命名空间 urn:geshibai:1 中（根元素应写 xmlns=\"urn:geshibai:1\"）" },
	{ "no application in the document", "文件中没有申报" },
	{ "a batch (<applications>) where one application was expected",
	  "此处应为一份申报，却是批量文件（<applications>）" },
	{ "unknown document element '%.60s'", "未知的文件根元素“%.60s”" },
	{ "wrong root element '%.60s': expected 'application' or 'applications'",
	  "根元素“%.60s”不对：应为 application（申报）或 applications（批量申报）" },
	{ "wrong root element '%.60s': expected 'parameters'", "根元素“%.60s”不对：应为 parameters（参数）" },
	{ "wrong root element '%.60s': expected 'review'", "根元素“%.60s”不对：应为 review（评审记录）" },
	{ "not a ledger document: the root is '%s'%s%s",
	  "不是项目台账：根元素为“%s”%s%s（台账的根元素应为 ledger）" },
	{ "a document with a DOCTYPE declaration is refused", "不接受带 DOCTYPE 声明的文件（请删去）" },
	{ "not a well-formed XML document", "不是格式正确的 XML 文件" },
	{ "unknown %s '%.60s'", "未知的%s“%.60s”" },
	{ "malformed year '%.20s'", "年份“%.20s”写法不对：应写四位数字，例如 2019" },
	{ "malformed count '%.40s'", "数量“%.40s”写法不对：应写整数，例如 3000" },
	{ "count '%.40s' is too large", "数量“%.40s”过大" },
	{ "missing attribute 'ratePercent'", "缺少属性“ratePercent”（年利率，百分数）" },
	{ "missing attribute '%s'", "缺少属性“%s”" },
	{ "missing attribute 'value'", "缺少属性“value”" },
	{ "attribute '%s' is required", "缺少必填属性“%s”" },
	{ "unknown attribute '%s'", "未知属性“%s”" },
	{ "more than one '%s' (docs/rules.md §11.11)", "“%s”出现了不止一次" },
	{ "%s '%.60s'", "%s：“%.60s”" },
	{ "%s '%s'", "%s：“%s”" },
	/* applications (the C setters) */
	{ "%s: NULL", "%s 为空" },
	{ "%s: invalid UTF-8", "%s 不是有效的 UTF-8 文字" },
	{ "%s item: invalid UTF-8", "%s 中有一项不是有效的 UTF-8 文字" },
	{ "application year %d out of range 1..9999", "申报年度 %d 不在 1 至 9999 之间" },
	{ "submitted: no date", "缺少申报日期" },
	{ "claimed tier %d out of range", "申报级别 %d 超出范围" },
	{ "division code '%.20s' is not six digits", "行政区划代码“%.20s”不是六位数字（例如 370212）" },
	{ "legal form %d out of range", "法律形式 %d 超出范围" },
	{ "fact %d out of range", "事实编号 %d 超出范围" },
	{ "fact value %d is not a gsb_tri", "事实取值 %d 不是 是/否/未知" },
	{ "builder type %d out of range", "建设主体类型 %d 超出范围" },
	{ "operatingSince: no date", "缺少平台运营起始日期" },
	{ "list %d out of range", "列表编号 %d 超出范围" },
	{ "'%.60s' is not a code of %s", "“%.60s”不是 %s 中的代码" },
	{ "metric %d = %lld out of range", "指标 %d 的值 %lld 超出范围" },
	{ "listing kind %d, year %d out of range", "名单类别 %d 或年份 %d 超出范围" },
	{ "listing text: invalid UTF-8", "名单文字不是有效的 UTF-8" },
	{ "expert score '%.40s' is too large", "专家评分“%.40s”过大" },
	{ "%s: negative amount", "%s 为负数" },
	{ "loan: start and end dates are required", "贷款须有起止日期" },
	{ "loan ends before it starts", "贷款的结束日期早于开始日期" },
	{ "loan ratePercent: %s", "贷款年利率：%s" },
	{ "loan ratePercent is negative", "贷款年利率为负数" },
	{ "loan ratio: %s", "贷款贴息比例：%s" },
	{ "loan ratio is negative", "贷款贴息比例为负数" },
	{ "local source: invalid UTF-8", "地方配套资金来源不是有效的 UTF-8" },
	{ "indicator %d out of range", "效果指标 %d 超出范围" },
	{ "an amount does not fit in 64-bit fen", "金额过大，无法计算" },
	{ "loan: negative principal, rate, ratio or days", "贷款本金、利率、比例或天数为负数" },
	{ "loan %zu ends before it starts", "第 %zu 笔贷款的结束日期早于开始日期" },
	{ "loan %zu: ratePercent and ratio have at most four decimals",
	  "第 %zu 笔贷款：年利率和贴息比例最多四位小数" },
	{ "negative amount requested", "申请金额为负数" },
	{ "'%.60s' is not a %s", "“%.60s”不是%s" },
	{ "name too long", "名称过长" },
	{ "name is not valid UTF-8", "名称不是有效的 UTF-8 文字" },
	/* evaluation and reports (calls from programs) */
	{ "gsb_evaluate: unknown flags 0x%x", "gsb_evaluate：未知标志 0x%x" },
	{ "gsb_evaluate: GSB_EVAL_ZH_ONLY and GSB_EVAL_EN_ONLY together",
	  "gsb_evaluate：GSB_EVAL_ZH_ONLY 与 GSB_EVAL_EN_ONLY 不能同时使用" },
	{ "gsb_evaluate: as-of date outside the years 1..9999", "gsb_evaluate：评价日期不在 1 至 9999 年之间" },
	{ "unknown report format %d", "未知的报告格式 %d" },
	{ "the report could not be written", "报告无法写出" },
	{ "gsb_audit_to_string: audit is NULL", "gsb_audit_to_string：audit 为空" },
	{ "report: formatting failed", "报告：格式化失败" },
	{ "report: out of memory", "报告：内存不足" },
	{ "report: cannot create the XML writer", "报告：无法创建 XML 写出器" },
	{ "report: the output could not be written", "报告：输出无法写出" },
	{ "report: the XML writer failed", "报告：XML 写出失败" },
	{ "report: unknown format %d", "报告：未知格式 %d" },
	{ "report: unknown language %d", "报告：未知语言 %d" },
	{ "report: begun twice", "报告：开始了两次" },
	{ "report: item outside begin/end", "报告：条目不在开始与结束之间" },
	{ "report: a single report holds one item", "报告：单份报告只能有一项" },
	{ "report: out of memory building JSON", "报告：生成 JSON 时内存不足" },
	{ "report: out of memory writing JSON", "报告：写出 JSON 时内存不足" },
	{ "report: end without begin", "报告：没有开始就结束" },
	{ "unknown format '%s' (xml, json or text)", "未知格式“%s”（可用 xml、json 或 text）" },
	{ "gsb_writer_new: out of memory", "gsb_writer_new：内存不足" },
	{ "gsb_decision_to_string: d is NULL", "gsb_decision_to_string：d 为空" },
	{ "gsb_decision_to_string: out of memory", "gsb_decision_to_string：内存不足" },
	{ "gsb_fen_to_words: negative amount %lld", "gsb_fen_to_words：金额为负（%lld 分）" },
	/* parameters */
	{ "parameter %s: '%.40s' is not %s", "参数 %s：“%.40s”不是%s" },
	{ "built-in parameter %s is malformed", "内置参数 %s 写法有误" },
	{ "no such parameter", "没有这个参数" },
	{ "unknown parameter '%.60s'", "未知参数“%.60s”" },
	{ "parameter %s: period ends before it starts", "参数 %s：有效期的结束早于开始" },
	{ "parameter %s: '%.40s' is not %s (range %s..%s)", "参数 %s：“%.40s”不是%s（范围 %s 至 %s）" },
	{ "built-in range of parameter %s is malformed", "参数 %s 的内置范围写法有误" },
	{ "parameter %s: '%.40s' is outside its range %s..%s", "参数 %s：“%.40s”超出范围 %s 至 %s" },
	{ "parameter %s: period %s overlaps period %s of line %ld (one value per day: give the "
	  "periods from/to that do not overlap)",
	  "参数 %s：有效期 %s 与第 %4$ld 行的有效期 %3$s 重叠（每天只能有一个值：请给出互不重叠的 "
	  "from/to 有效期）" },
	{ "parameter %s: %s is after %s %s in force%s (%s must not be after %s)",
	  "参数 %1$s：%2$s 大于同时有效的 %3$s %4$s%5$s（%6$s 不得大于 %7$s）" },
	{ "a parameters document holds at most %d params", "一份参数文件最多 %d 个参数" },
	/* the programme and what-if */
	{ "gsb_programme_new: out of memory", "gsb_programme_new：内存不足" },
	{ "programme: the sum of awards does not fit in 64-bit fen", "项目汇总：奖补金额合计过大，无法计算" },
	{ "programme: out of memory", "项目汇总：内存不足" },
	{ "gsb_programme_to_html: p is NULL", "gsb_programme_to_html：p 为空" },
	{ "gsb_whatif_new: out of memory", "gsb_whatif_new：内存不足" },
	{ "what-if: out of memory", "对比：内存不足" },
	{ "what-if: the total award does not fit in 64-bit fen", "对比：奖补合计过大，无法计算" },
	{ "what-if: the difference does not fit in 64-bit fen", "对比：差额过大，无法计算" },
	{ "what-if: cannot write XML", "对比：无法写出 XML" },
	{ "what-if: cannot write JSON", "对比：无法写出 JSON" },
	{ "gsb_whatif_to_string: w is NULL", "gsb_whatif_to_string：w 为空" },
	{ "gsb_whatif_to_string: unknown format %d", "gsb_whatif_to_string：未知格式 %d" },
	/* ledgers and the audit */
	{ "ledger: %s is NULL", "台账：%s 为空" },
	{ "ledger: %s is empty", "台账：%s 为空" },
	{ "ledger: %s is not valid UTF-8", "台账：%s 不是有效的 UTF-8 文字" },
	{ "ledger: %s is negative", "台账：%s 为负数" },
	{ "ledger: %s has no date", "台账：%s 没有日期" },
	{ "ledger: national is not a gsb_tri", "台账：national 不是 是/否/未知" },
	{ "ledger: metric %s is NULL", "台账：指标 %s 为空" },
	{ "ledger: metric %s '%.40s' is not a decimal with at most six decimals",
	  "台账：指标 %s 的值“%.40s”不是最多六位小数的十进制数" },
	{ "ledger: metric %s '%.40s' is negative", "台账：指标 %s 的值“%.40s”为负数" },
	{ "the sum of %s does not fit in 64-bit fen", "%s 的合计过大，无法计算" },
	{ "misuse.* parameters have no value on the as-of date", "审计日期当天 misuse.* 参数没有取值" },
	{ "unknown ledger record %d", "未知的台账记录 %d" },
	{ "'%s' passes on %s in transfer '%s' on %s but holds only %s (5.4, docs/rules.md §11.15)",
	  "“%1$s”在拨付“%3$s”（%4$s）中转出 %2$s 元，但仅持有 %5$s 元（5.4）" },
	{ "withheld amount does not fit in 64-bit fen", "截留金额过大，无法计算" },
	{ "duplicated amount does not fit in 64-bit fen", "重复报销金额过大，无法计算" },
	{ "award plus subsidies does not fit in 64-bit fen", "奖补与其他补助合计过大，无法计算" },
	/* the review procedure */
	{ "unknown review state '%.60s'", "未知的评审状态“%.60s”" },
	{ "review: application id is empty or not valid text", "评审：申报编号为空或不是有效文字" },
	{ "review: submission date missing or out of range", "评审：缺少申报日期或日期超出范围" },
	{ "review.publicity-days (5.2) has no value on %s", "%s 当天参数 review.publicity-days（5.2 公示天数）没有取值" },
	{ "review of %s is %s, not publicised", "%s 的评审处于“%s”，不在公示中" },
	{ "review: date of %s missing or out of range", "评审：%s 的日期缺失或超出范围" },
	{ "review: %s on %s is before %s on %s (dates never go backwards)",
	  "评审：%s（%s）早于 %s（%s）（日期不能倒退）" },
	{ "review: state %d out of range", "评审：状态 %d 超出范围" },
	{ "review: note is not valid text", "评审：备注不是有效文字" },
	{ "review: history entry %zu past the end (%zu entries)", "评审：第 %zu 条记录超出末尾（共 %zu 条）" },
	{ "%s: review is NULL", "%s：review 为空" },
	{ "the first step is %s, not submitted (5.2)", "第一步是“%s”，应为 submitted（已申报，5.2）" },
	{ "review document has no step", "评审记录中没有任何步骤" },
	{ "transition from %s to %s refused: the procedure has ended at %s (5.2, docs/rules.md §9; "
	  "withdrawal only before disbursement)",
	  "不能从“%s”转到“%s”：程序已在“%s”结束（5.2；撤回只能在拨付之前）" },
	{ "transition from %s to %s refused: not a step of the 5.2 procedure (docs/rules.md §9); "
	  "from %s it may go to %s",
	  "不能从“%s”转到“%s”：不是 5.2 规定的程序步骤；从“%s”可以转到 %s" },
	{ "transition from publicised to disbursed refused: publicity period of %lld days from %s "
	  "does not end before 9999-12-31 (5.2)",
	  "不能从公示转到拨付：自 %2$s 起 %1$lld 天的公示期在 9999-12-31 之前不会结束（5.2）" },
	{ "transition from publicised to disbursed refused: publicity period of %lld days from %s "
	  "ends %s; disbursement is allowed from %s (5.2, review.publicity-days)",
	  "不能从公示转到拨付：自 %2$s 起 %1$lld 天的公示期到 %3$s 结束，%4$s 起方可拨付"
	  "（5.2，参数 review.publicity-days）" },
};

/* English words some formats take as an argument ("%s '%.60s'"). */
static const char *const words[][2] = {
	{ "malformed amount",
	  "金额写法不对（以元为单位，最多两位小数，不加千位分隔符，例如 12000000.00）" },
	{ "amount does not fit in 64-bit fen", "金额过大，无法计算" },
	{ "malformed date (YYYY-MM-DD)", "日期写法不对（应写作 年-月-日，例如 2019-06-14）" },
	{ "empty value", "值为空" },
	{ "not a boolean", "不是是非值（是写 true，否写 false）" },
	{ "malformed number (at most six decimals)", "数字写法不对（十进制数，最多六位小数）" },
	{ "kpi", "效果指标" },
	{ "legal form", "法律形式" },
	{ "builder type", "建设主体类型" },
	{ "listing kind", "名单类别" },
	{ "a non-negative amount in yuan (two decimals)", "以元为单位、最多两位小数的非负金额" },
	{ "a non-negative integer", "非负整数" },
	{ "a non-negative decimal", "非负十进制数" },
	{ "a date YYYY-MM-DD", "年-月-日格式的日期（例如 2019-06-14）" },
	{ "an amount in yuan (two decimals)", "以元为单位、最多两位小数的金额" },
	{ "an integer", "整数" },
	{ "a decimal", "十进制数" },
	{ " in ", "，命名空间 " },
	{ " without a namespace", "，没有命名空间" },
};

const char *gsb__message_zh(const char *english)
{
	if (english == NULL)
		return NULL;
	for (size_t i = 0; i < GSB_ARRAY_LEN(formats); i++)
		if (strcmp(formats[i][0], english) == 0)
			return formats[i][1];
	return NULL;
}

const char *gsb__word_zh(const char *english)
{
	if (english == NULL)
		return NULL;
	for (size_t i = 0; i < GSB_ARRAY_LEN(words); i++)
		if (strcmp(words[i][0], english) == 0)
			return words[i][1];
	return NULL;
}

size_t gsb__message_zh_count(void)
{
	return GSB_ARRAY_LEN(formats);
}

const char *gsb__message_zh_entry(size_t i, gsb_lang lang)
{
	return i < GSB_ARRAY_LEN(formats) ? formats[i][lang == GSB_LANG_EN ? 0 : 1] : NULL;
}
