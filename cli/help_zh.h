/*
 * geshibai — the Chinese half of each command's --help (cli.h, GSB_CLI_ZH):
 * each usage text is "English" GSB_CLI_ZH HELP_X_ZH, and --help prints the
 * half of the language in force (--lang, else LC_ALL / LC_MESSAGES / LANG).
 */
#ifndef GSB_CLI_HELP_ZH_H
#define GSB_CLI_HELP_ZH_H

#define HELP_MAIN_ZH \
"用法：geshibai 命令 [选项]... [参数]...\n" \
"      geshibai --version | --help [--lang zh|en]\n" \
"\n" \
"按 2018 年山东省产业互联网“个十百”平台培育及奖补办法评价申报（申报条件、\n" \
"级别、优先支持、奖补金额、实施效果），并审计奖补资金的使用。\n" \
"\n" \
"命令：\n" \
"  evaluate    评价申报（XML 申报文件或批量申报文件）\n" \
"  audit       审计项目台账中奖补资金的违规使用（办法 5.4）\n" \
"  validate    检查文件是否符合格式规定\n" \
"  industries  列出行业分类（十强产业及各代码表）\n" \
"  lookup      规范行业名称，并对无法识别的名称给出最接近的产业\n" \
"  uscc        校验并解读统一社会信用代码\n" \
"  compare     对比：在两套参数下评价同一批申报\n" \
"  report      项目汇总报告（目标、城市、产业），HTML 页面\n" \
"  serve       HTTP 决策服务（评价、审计、行业分类）\n" \
"  notice      对缺少事实的申报出具补正材料通知\n" \
"  review      查看、推进或检查评审记录（办法 5.2 的程序）\n" \
"\n" \
"各命令的选项见“geshibai 命令 --help”。每个命令都接受 --lang zh|en；\n" \
"未指定时按环境变量 LC_ALL、LC_MESSAGES、LANG（以 zh 开头即为中文）。\n" \
"\n" \
"退出状态：\n" \
"  0  全部输入均已处理\n" \
"  1  至少一份输入有误（其余照常报告）\n" \
"  2  用法错误\n" \
"  3  读写错误或内部错误\n"

#define HELP_AS_OF_ZH \
"  --as-of 日期     按该日期评价；可写 2019-06-14、2019/06/14 或 2019年6月14日\n"

#define HELP_EVALUATE_ZH \
"名称\n" \
"  geshibai evaluate - 评价“个十百”平台申报\n" \
"\n" \
"用法\n" \
"  geshibai evaluate [--as-of 日期] [--params 文件] [--format text|xml|json]\n" \
"                    [--lang zh|en] [--threads 1|2] [--no-relevance] 文件...\n" \
"  geshibai evaluate --format csv [-o 文件.csv] [选项]... 文件...\n" \
"  geshibai evaluate --format xlsx -o 文件.xlsx [选项]... 文件...\n" \
"\n" \
"说明\n" \
"  读取每个文件（一份 <application> 申报或一个 <applications> 批量文件；\n" \
"  “-”表示标准输入），按格式规定检查后逐份评价：十五项申报条件、级别、\n" \
"  优先支持、省级奖补及其大写金额、实施效果，每项都注明所依据的条款和理由。\n" \
"  批量文件按流式读取，内存不随申报数增长。缺少事实的评价结果还说明还需\n" \
"  什么：每项要紧的事实、证明它的材料，以及补齐后的结论（docs/relevance.md）。\n" \
"\n" \
"  一份申报得到一份评价结果；多个文件或一个批量文件按输入顺序得到一份报告。\n" \
"  无法评价的申报在其位置上列为错误（并在标准错误上写出\n" \
"  文件:行: 元素: 说明，说明中指出应当怎样写，并给出最接近的正确名称），\n" \
"  其余申报照常评价。\n" \
"\n" \
"选项\n" \
HELP_AS_OF_ZH \
"                   默认：每份申报的申报日期，没有则为今天\n" \
"  --params 文件    参数文件（年度申报指南或改革方案），代替内置参数\n" \
"  --format 格式    text（默认）、xml 或 json；批量的文本报告最后有汇总\n" \
"                   （按结论和级别计数，金额合计以万元计）。csv 或 xlsx：每份\n" \
"                   申报一行（编号、申报单位、统一社会信用代码、城市、产业、\n" \
"                   结论、级别、优先、上限、申请、核定、市县配套、所缺事实、\n" \
"                   需补充的事实及证明材料、补齐后的结论、级别和奖补、错误、\n" \
"                   政策、参数集及其文件），\n" \
"                   用 --lang 的语言。csv：RFC 4180，UTF-8 带字节顺序标记\n" \
"                   （Excel、WPS 可直接打开），写到标准输出或 -o 文件。xlsx：\n" \
"                   工作簿（金额为以元计的数值，另有一张合计表），只写到\n" \
"                   -o 文件，从不写到终端\n" \
"  -o, --output 文件  --format csv 或 xlsx 的表格写到该文件\n" \
"  --lang 语言      理由、标签和提示的语言：zh 或 en；默认按环境变量\n" \
"                   （LC_ALL、LC_MESSAGES、LANG 以 zh 开头即为中文）\n" \
"  --threads N      2：另用一个线程读取和检查后面的申报（多处理器时的默认）；\n" \
"                   1：单线程。两种方式的报告和错误完全相同。\n" \
"  --no-relevance   不给出缺少事实的申报还需什么（所需事实和补齐后的结论）；\n" \
"                   其余结果完全相同\n" \
"  -h, --help       显示本帮助\n" \
"\n" \
"进度\n" \
"  标准错误是终端时，进度行显示已评价的申报数和速度；输入为文件（不是标准\n" \
"  输入）时还显示完成比例和剩余时间。写出任何错误行之前，以及报告写到同一\n" \
"  终端时在报告的每行之前，进度行都先清除，不会与之混杂。标准错误被重定向时\n" \
"  不显示进度行。GSB_PROGRESS_DELAY=秒数：过了这么久才显示（默认 1；0：立即）。\n" \
"\n" \
"退出状态\n" \
"  0 全部申报均已评价；1 至少一份有误（格式错误、数值不对），其余照常报告；\n" \
"  2 用法错误；3 文件无法读取，或报告无法写出。\n" \
"\n" \
"示例\n" \
"  geshibai evaluate examples/qingdao-cross-domain.xml\n" \
"  geshibai evaluate --format json --as-of 2019年6月30日 a.xml b.xml\n" \
"  geshibai evaluate --params examples/params/params-2019.xml --format xml batch.xml\n" \
"  cat application.xml | geshibai evaluate --lang zh -\n" \
"  geshibai evaluate --format csv -o 申报.csv --lang zh batch.xml\n" \
"  geshibai evaluate --format xlsx -o 申报.xlsx batch.xml\n"

#define HELP_VALIDATE_ZH \
"名称\n" \
"  geshibai validate - 检查文件是否符合格式规定\n" \
"\n" \
"用法\n" \
"  geshibai validate [--lang zh|en] 文件...\n" \
"\n" \
"说明\n" \
"  检查每个文件（“-”表示标准输入）：申报、批量申报、台账、参数文件。\n" \
"  有效的文件输出“文件：有效”；无效的文件在标准错误上写出第一处错误：\n" \
"  文件:行: 元素: 说明（说明应当怎样写，拼错的名称给出最接近的正确名称）。\n" \
"  申报中无法归入十强产业的行业名称（例如“高端装备制造”）给出警告和\n" \
"  最接近的产业，但不改变其归类，文件仍为有效（标准输入只能读一次：只做\n" \
"  检查，不给这些警告）。不做评价。\n" \
"\n" \
"选项\n" \
"  --lang 语言  说明的语言：zh 或 en（默认按环境变量）\n" \
"  -h, --help   显示本帮助\n" \
"\n" \
"退出状态\n" \
"  0 全部有效；1 至少一个无效；2 用法错误；3 文件无法读取。\n" \
"\n" \
"示例\n" \
"  geshibai validate --lang zh examples/*.xml\n"

/* The options of industries, lookup and uscc, and the heading after them. */
#define HELP_LANG_OPTIONS_ZH \
"选项\n" \
"  --lang 语言  标签用 zh 或 en（默认按环境变量）\n" \
"  -h, --help   显示本帮助\n" \
"\n" \
"退出状态\n"

#define HELP_INDUSTRIES_ZH \
"名称\n" \
"  geshibai industries - 列出办法的行业分类\n" \
"\n" \
"用法\n" \
"  geshibai industries [--lang zh|en]\n" \
"\n" \
"说明\n" \
"  按办法的顺序列出十强产业（代码、名称、可接受的写法），然后列出其他\n" \
"  代码表（领域、资源、能力、功能、区域功能、产业集群、应用场景）。\n" \
"\n" \
HELP_LANG_OPTIONS_ZH \
"  0 成功；2 用法错误；3 输出无法写出。\n" \
"\n" \
"示例\n" \
"  geshibai industries --lang zh\n"

#define HELP_LOOKUP_ZH \
"名称\n" \
"  geshibai lookup - 规范行业名称\n" \
"\n" \
"用法\n" \
"  geshibai lookup [--lang zh|en] 名称...\n" \
"\n" \
"说明\n" \
"  按行业名称的规范方法查找每个名称（NFKC、全角折为半角、去掉空白、繁体\n" \
"  转为简体，代码和英文名称不分大小写），输出：名称、制表符、产业代码（或\n" \
"  other）、制表符、产业名称（不属于十强产业时为规范后的写法）。归入 other\n" \
"  的名称另起一行给出最接近的产业（去掉“产业、制造、服务、业”等后缀、\n" \
"  编辑距离、拼音或英文近似），仅作提示，不改变归类。\n" \
"\n" \
HELP_LANG_OPTIONS_ZH \
"  0 全部已查找；1 某个名称不是有效的 UTF-8；2 用法错误。\n" \
"\n" \
"示例\n" \
"  geshibai lookup 醫養健康 'High-end equipment' 钢铁 高端装备制造\n"

#define HELP_USCC_ZH \
"名称\n" \
"  geshibai uscc - 校验并解读统一社会信用代码\n" \
"\n" \
"用法\n" \
"  geshibai uscc [--lang zh|en] 代码...\n" \
"\n" \
"说明\n" \
"  按 GB 32100-2015 校验每个代码（18 位、校验码），并输出其组成：登记管理\n" \
"  部门和机构类别、登记管理机关行政区划码、主体标识码和校验码。小写字母\n" \
"  先转为大写。\n" \
"\n" \
HELP_LANG_OPTIONS_ZH \
"  0 全部有效；1 至少一个无效；2 用法错误。\n" \
"\n" \
"示例\n" \
"  geshibai uscc 91370200718018514D\n"

#define HELP_AUDIT_ZH \
"名称\n" \
"  geshibai audit - 审计项目台账中奖补资金的违规使用（办法 5.4）\n" \
"\n" \
"用法\n" \
"  geshibai audit [--as-of 日期] [--params 文件] [--format text|xml|json]\n" \
"                 [--lang zh|en] 台账...\n" \
"\n" \
"说明\n" \
"  读取每份台账（<ledger> 文件；“-”表示标准输入），按格式规定检查后，对每项\n" \
"  违规使用标记一条：\n" \
"    截留      中间单位收到资金超过 misuse.withholding-days（30）天仍未拨出\n" \
"              （先进先出）\n" \
"    挪用      支出类别没有预算\n" \
"    挤占      支出超出预算行的幅度大于 misuse.line-tolerance（10%）\n" \
"    弄虚作假  同一发票号报销两次；申报的指标与核实值相差超过\n" \
"              misuse.metric-tolerance（10%）\n" \
"    骗取      奖补超过上限，或奖补加其他补助超过总投资\n" \
"  每条标记给出金额、条款 5.4、作为证据的记录编号和理由。台账按流式读取。\n" \
"  给出的是申报文件而不是台账时，说明应当用 evaluate。\n" \
"\n" \
"选项\n" \
HELP_AS_OF_ZH \
"                   默认：每份台账的 asOf，没有则为今天\n" \
"  --params 文件    参数文件（年度申报指南），代替内置参数\n" \
"  --format 格式    text（默认）、xml 或 json\n" \
"  --lang 语言      理由用 zh 或 en（默认按环境变量）\n" \
"  -h, --help       显示本帮助\n" \
"\n" \
"退出状态\n" \
"  0 全部台账已审计；1 至少一份台账有误（其余照常报告）；2 用法错误；\n" \
"  3 读写错误或内部错误。\n"

#define HELP_COMPARE_ZH \
"名称\n" \
"  geshibai compare - 对比：换一套年度指南要多花多少（假设分析）\n" \
"\n" \
"用法\n" \
"  geshibai compare --params A --params B [--as-of 日期] [--format text|xml|json]\n" \
"                   [--lang zh|en] 文件...\n" \
"\n" \
"说明\n" \
"  对每个文件（申报或批量申报；“-”表示标准输入）中的每份申报评价两次：按\n" \
"  参数 A（现行指南）和按参数 B（改革方案）。列出申报条件结论、级别或省级\n" \
"  奖补有变化的每份申报及两次结果和奖补变化，最后给出 A、B 下的省级奖补\n" \
"  合计及其差额 B - A，即改革对预算的影响。金额精确到分。\n" \
"  无法评价的申报列为错误，不计入合计，其余照常对比。\n" \
"\n" \
"选项\n" \
"  --params A, --params B\n" \
"                   必须恰好两个，依次为 A 和 B；default 表示内置参数\n" \
HELP_AS_OF_ZH \
"                   默认：每份申报的申报日期，没有则为今天\n" \
"  --format 格式    text（默认）、xml 或 json\n" \
"  --lang 语言      标签用 zh 或 en（默认按环境变量）\n" \
"  -h, --help       显示本帮助\n" \
"\n" \
"退出状态\n" \
"  0 全部申报均在两套参数下评价；1 至少一份输入有误；2 用法错误（--params\n" \
"  不是恰好两个）；3 文件无法读取，或报告无法写出。\n" \
"\n" \
"示例\n" \
"  geshibai compare --params default --params examples/params/params-2019.xml \\\n" \
"      examples/batch.xml\n"

#define HELP_REPORT_ZH \
"名称\n" \
"  geshibai report - 项目汇总报告：一个自包含的 HTML 页面\n" \
"\n" \
"用法\n" \
"  geshibai report --html 输出.html [--as-of 日期] [--params 文件] [--lang zh|en]\n" \
"                  文件...\n" \
"\n" \
"说明\n" \
"  评价每个文件（申报或批量申报；“-”表示标准输入）中的每份申报，写出一个\n" \
"  HTML 页面：按结论统计的申报、省级奖补、申请金额和市县配套；各级别认定\n" \
"  平台数与 2.1 目标的对比；各城市、各产业的平台数和奖补；认定的平台；\n" \
"  缺少事实的申报及其所缺事实、需补正的事实与证明材料、补正后的结论和\n" \
"  省级奖补（逐份及合计）；实施效果指标（2.2）；无法评价的输入。\n" \
"  页面不依赖任何外部资源。\n" \
"\n" \
"选项\n" \
"  --html 输出      页面写到哪里（必填）；“-”表示标准输出\n" \
HELP_AS_OF_ZH \
"  --params 文件    参数文件（年度申报指南）；default 表示内置参数\n" \
"  --lang 语言      zh（默认）或 en\n" \
"  -h, --help       显示本帮助\n" \
"\n" \
"退出状态\n" \
"  0 全部申报均已评价；1 至少一份输入有误（列在页面中）；2 用法错误；\n" \
"  3 文件无法读取，或页面无法写出。\n"

#define HELP_SERVE_ZH \
"名称\n" \
"  geshibai serve - HTTP 决策服务\n" \
"\n" \
"用法\n" \
"  geshibai serve [--listen 地址:端口] [--params 文件] [--threads N]\n" \
"                 [--max-body 字节数] [--max-connections N] [--timeout 秒数]\n" \
"                 [--token-file 文件] [--lang zh|en] [--no-relevance]\n" \
"\n" \
"说明\n" \
"  以 JSON（请求时也可为 XML）回答 HTTP 请求，给出与其他命令相同的评价、审计\n" \
"  和行业分类结果；启动时载入一套参数：\n" \
"    POST /v1/evaluate?asOf=日期&lang=zh&relevance=true\n" \
"                                          一份申报或批量申报（XML 或 JSON）；\n" \
"                                          relevance=false：不给出补正后可得\n" \
"    POST /v1/audit?asOf=日期&lang=zh      一份台账（XML）\n" \
"    GET  /v1/industries、/v1/lookup?name=名称、/v1/uscc/代码\n" \
"    GET  /v1/openapi.json                 OpenAPI 3 接口说明\n" \
"    GET  /healthz                         政策及库的版本\n" \
"  evaluate 的回答与“geshibai evaluate --format json”的输出相同（请求头为\n" \
"  Accept: application/xml 时为 XML）。每个请求在标准错误上记一行：方法、路径、\n" \
"  状态、字节数、毫秒数。收到 SIGTERM 时处理完正在进行的请求后停止，退出状态为 0。\n" \
"\n" \
"选项\n" \
"  --listen 地址:端口     监听的地址（默认 127.0.0.1:8080；IPv6 写作\n" \
"                         [地址]:端口；端口 0：任一空闲端口）\n" \
"  --params 文件          参数文件，代替内置参数\n" \
"  --threads N            同时评价的线程数（默认：本进程可用的处理器数）\n" \
"  --max-body 字节数      请求体的上限（默认 16777216），超过时回答 413\n" \
"  --max-connections N    同时打开的连接数（默认 256）\n" \
"  --timeout 秒数         连接空闲这么久即关闭，请求进行中亦然（默认 15）\n" \
"  --token-file 文件      除 /healthz 外每个请求都须带请求头\n" \
"                         “Authorization: Bearer 令牌”，令牌为该文件的第一行，\n" \
"                         否则回答 401\n" \
"  --lang 语言            请求未指定 lang 时理由和提示的语言：zh（默认）或 en\n" \
"  --no-relevance         请求未写 relevance=true 时，评价不给出补正后可得（所缺\n" \
"                         事实、证明材料和补正后的奖补，见 docs/relevance.md），\n" \
"                         同 evaluate --no-relevance\n" \
"  -h, --help             显示本帮助\n" \
"\n" \
"退出状态\n" \
"  0 因 SIGTERM 或 SIGINT 停止；1 参数文件或令牌文件无效；2 用法错误；\n" \
"  3 无法绑定地址。\n" \
"\n" \
"示例\n" \
"  geshibai serve --listen 127.0.0.1:8080 --lang en\n" \
"  curl -H 'Content-Type: application/xml' --data-binary @application.xml \\\n" \
"       http://127.0.0.1:8080/v1/evaluate\n"

#define HELP_NOTICE_ZH \
"名称\n" \
"  geshibai notice - 补正材料通知\n" \
"\n" \
"用法\n" \
"  geshibai notice [--as-of 日期] [--params 文件] [--lang zh|en] [--html 输出.html]\n" \
"                  文件...\n" \
"\n" \
"说明\n" \
"  评价每个文件（一份 <application> 申报或一个 <applications> 批量文件；“-”\n" \
"  表示标准输入）中的每份申报；对缺少事实（材料不全、更高级别有待认定，或\n" \
"  奖补有待评审）且并非不符合申报条件的申报，写出一份致申报单位的通知：\n" \
"  申报、申报单位及其平台，所缺的每项事实、证明它的材料和要求它的办法条款，\n" \
"  以及材料补齐后的结论、级别和省级奖补（docs/relevance.md；材料见\n" \
"  docs/materials.md）。不缺事实的申报没有通知。\n" \
"\n" \
"选项\n" \
"  --html 输出      写出一个可打印的 HTML 页面（每份通知一页 A4，不依赖外部\n" \
"                   资源）到该文件（“-”：标准输出），代替文本；不得是输入文件\n" \
"                   （拒绝，退出状态 2）\n" \
HELP_AS_OF_ZH \
"                   并以该日期落款；默认：按每份申报的申报日期评价，以今天落款\n" \
"  --params 文件    参数文件（年度申报指南），代替内置参数\n" \
"  --lang 语言      zh（默认：通知是正式文书）或 en\n" \
"  -h, --help       显示本帮助\n" \
"\n" \
"退出状态\n" \
"  0 全部申报均已评价；1 至少一份输入有误（写在标准错误上，其余照常出具通知）；\n" \
"  2 用法错误；3 文件无法读取，或通知无法写出。\n" \
"\n" \
"示例\n" \
"  geshibai notice examples/weifang-incomplete.xml\n" \
"  geshibai notice --html notices.html --as-of 2019-09-01 applications.xml\n"

#endif
