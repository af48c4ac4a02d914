/*
 * libgeshibai — the XML parser's well-formedness errors in words, in English
 * and Chinese, from libxml2's structured error (its code, str1, str2, int1)
 * rather than its English text.
 */
#include <stdio.h>
#include <string.h>
#include "internal.h"
#include "xml_impl.h"

int gsb__wrong_document(char *out, size_t size, const char *root)
{
	if (root == NULL)
		return 0;
	if (strcmp(root, "ledger") == 0)
		gsb__bi_format(out, size, "this is a ledger, not an application: use 'geshibai audit'"
		               GSB__ZH "这是项目台账，不是申报：请用 geshibai audit");
	else if (strcmp(root, "application") == 0 || strcmp(root, "applications") == 0)
		gsb__bi_format(out, size, "this is an application, not a ledger: use 'geshibai evaluate'"
		               GSB__ZH "这是申报，不是项目台账：请用 geshibai evaluate");
	else
		return 0;
	return 1;
}

/* The parser's errors whose message takes nothing but str1 (an element,
 * attribute, entity, encoding or prefix name, as %1$s), in words: up to four
 * codes that read alike, and the message. */
static const struct {
	int codes[4]; /* 0-terminated when fewer */
	const char *text;
} messages[] = {
	{ { XML_ERR_DOCUMENT_EMPTY },
	  "the document is empty" GSB__ZH "文件是空的" },
	{ { XML_ERR_DOCUMENT_END },
	  "text after the end of the document (one root element only)"
	  GSB__ZH "文件的根元素结束后还有内容（只能有一个根元素）" },
	{ { XML_ERR_DOCUMENT_START, XML_ERR_LT_REQUIRED },
	  "the document does not start with an element"
	  GSB__ZH "文件不是以元素开头" },
	{ { XML_ERR_NAME_REQUIRED, XML_ERR_NAME_TOO_LONG },
	  "an element or attribute name is missing or invalid after '<'"
	  GSB__ZH "“<”后缺少元素名或属性名，或名称不合规则" },
	{ { XML_ERR_ATTRIBUTE_NOT_STARTED, XML_ERR_ATTRIBUTE_WITHOUT_VALUE, XML_ERR_EQUAL_REQUIRED },
	  "an attribute value must follow '=' in quotes, e.g. year=\"2019\""
	  GSB__ZH "属性值须写在等号后的引号中，例如 year=\"2019\"" },
	{ { XML_ERR_ATTRIBUTE_NOT_FINISHED, XML_ERR_STRING_NOT_CLOSED, XML_ERR_LITERAL_NOT_FINISHED },
	  "a quoted attribute value is not closed"
	  GSB__ZH "属性值的引号没有闭合" },
	{ { XML_ERR_LT_IN_ATTRIBUTE },
	  "'<' inside an attribute value (write &lt;)"
	  GSB__ZH "属性值中有“<”（应写作 &lt;）" },
	{ { XML_ERR_ENTITYREF_SEMICOL_MISSING },
	  "'&' that starts no entity (write & as &amp;)"
	  GSB__ZH "“&”后不是实体（“&”应写作 &amp;）" },
	{ { XML_ERR_INVALID_CHAR, XML_ERR_INVALID_CHARREF, XML_ERR_INVALID_DEC_CHARREF },
	  "a character that XML does not allow, or bytes that are not "
	  "UTF-8 (save the document as UTF-8)"
	  GSB__ZH "有 XML 不允许的字符，或不是 UTF-8 编码的字节（请另存为 UTF-8）" },
	{ { XML_ERR_INVALID_ENCODING },
	  "bytes that are not valid in the document's encoding (save it as UTF-8)"
	  GSB__ZH "有不符合文件编码的字节（请另存为 UTF-8）" },
	{ { XML_ERR_COMMENT_NOT_FINISHED, XML_ERR_HYPHEN_IN_COMMENT },
	  "a comment is not closed with '-->' (or holds '--')"
	  GSB__ZH "注释没有以“-->”结束（或注释中有“--”）" },
	{ { XML_ERR_CDATA_NOT_FINISHED, XML_ERR_MISPLACED_CDATA_END },
	  "a CDATA section is not closed properly"
	  GSB__ZH "CDATA 段没有正确结束" },
	{ { XML_ERR_XMLDECL_NOT_FINISHED, XML_ERR_VERSION_MISSING, XML_ERR_RESERVED_XML_NAME,
	    XML_ERR_STANDALONE_VALUE },
	  "a malformed XML declaration (write <?xml version=\"1.0\" encoding=\"UTF-8\"?>)"
	  GSB__ZH "XML 声明写法不对（应写作 <?xml version=\"1.0\" encoding=\"UTF-8\"?>）" },
	{ { XML_ERR_SPACE_REQUIRED },
	  "a space is missing between attributes"
	  GSB__ZH "属性之间缺少空格" },
	{ { XML_ERR_NO_MEMORY },
	  "a text too large to read" GSB__ZH "文字过长，无法读取" },
	{ { XML_ERR_GT_REQUIRED },
	  "the start tag of <%1$s> is not closed with '>'"
	  GSB__ZH "元素 <%1$s> 的开始标签缺少“>”" },
	{ { XML_ERR_LTSLASH_REQUIRED },
	  "the end tag of <%1$s> is missing"
	  GSB__ZH "元素 <%1$s> 缺少结束标签" },
	{ { XML_ERR_ATTRIBUTE_REDEFINED },
	  "attribute '%1$s' is given twice"
	  GSB__ZH "属性“%1$s”重复出现" },
	{ { XML_ERR_UNDECLARED_ENTITY, XML_WAR_UNDECLARED_ENTITY },
	  "unknown entity '&%1$s;' (write & as &amp;)"
	  GSB__ZH "未知的实体“&%1$s;”（“&”应写作 &amp;）" },
	{ { XML_ERR_UNKNOWN_ENCODING, XML_ERR_UNSUPPORTED_ENCODING },
	  "unknown encoding '%1$s' (save the document as UTF-8)"
	  GSB__ZH "不认识的编码“%1$s”（请另存为 UTF-8）" },
	{ { XML_NS_ERR_UNDEFINED_NAMESPACE },
	  "namespace prefix '%1$s' is not declared"
	  GSB__ZH "命名空间前缀“%1$s”未声明" },
};

void gsb__xml_parse_message(char *out, size_t size, const gsb__xerr *e)
{
	const char *s1 = e->str1, *s2 = e->str2;
	for (size_t i = 0; i < GSB_ARRAY_LEN(messages); i++)
		for (size_t k = 0; k < 4 && messages[i].codes[k] != 0; k++)
			if (messages[i].codes[k] == e->code) {
				gsb__bi_format(out, size, messages[i].text, s1);
				return;
			}
	switch (e->code) {
	case GSB__XERR_BAD_BYTES:
		gsb__bi_format(out, size, "invalid byte sequence %1$s for encoding %2$s (byte %3$d)"
		               GSB__ZH "有不符合 %2$s 编码的字节序列 %1$s（第 %3$d 字节）", s1, s2, e->int1);
		return;
	case GSB__XERR_NOT_UTF8:
		gsb__bi_format(out, size, "not UTF-8 text (an invalid byte sequence at byte %1$d) and no "
		               "other encoding declared"
		               GSB__ZH "不是 UTF-8 文本（第 %1$d 字节处的字节序列无效），也没有声明别的编码",
		               e->int1);
		return;
	case GSB__XERR_NOT_CLOSED:
		gsb__bi_format(out, size, "element <%1$s> opened on line %2$d is not closed before the next <%1$s>"
		               GSB__ZH "第 %2$d 行开始的元素 <%1$s> 在下一个 <%1$s> 之前没有结束", s1, e->int1);
		return;
	case XML_ERR_TAG_NAME_MISMATCH:
		gsb__bi_format(out, size,
		               "element <%1$s> opened on line %2$d is closed by </%3$s>: the tags must match"
		               GSB__ZH "第 %2$d 行开始的元素 <%1$s> 却以 </%3$s> 结束：开始标签和结束标签须一致",
		               s1, e->int1, s2);
		return;
	case XML_ERR_TAG_NOT_FINISHED:
		gsb__bi_format(out, size,
		               "element <%1$s> opened on line %2$d is never closed (the file ends early)"
		               GSB__ZH "第 %2$d 行开始的元素 <%1$s> 没有结束（文件提前结束）", s1, e->int1);
		return;
	case XML_ERR_ENTITY_LOOP:
	case XML_ERR_NOT_WELL_BALANCED:
	default:
		gsb__bi_format(out, size, "the markup is broken here (parser error %1$d)"
		               GSB__ZH "此处标记有误（解析器错误 %1$d）", e->code);
		return;
	}
}
