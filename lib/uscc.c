/*
 * libgeshibai — the unified social credit code (统一社会信用代码,
 * GB 32100-2015), docs/rules.md §2 and §11.2, for the identity of the applicant
 * [3.2.1].
 *
 * 18 symbols of 0123456789ABCDEFGHJKLMNPQRTUWXY (I, O, S, V and Z are not
 * used); value = index. Weights 3^(i) mod 31 for positions 1-17; check value
 * = 31 - (sum mod 31), 31 written 0. ASCII a-z are upper-cased first; any
 * other deviation (white space, full-width characters, the empty string) is
 * invalid.
 *
 * gsb_uscc.problem is a const char * in a caller-owned struct, so every
 * problem text is a static string: the tables below are spelt out by the
 * preprocessor (no mutable state, safe to copy the struct).
 */
#include <string.h>
#include "error_int.h"
#include "text_int.h"
#include "decision_int.h"

#define USCC_LEN 18

static const char symbols[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";

/* docs/rules.md §2: weights of positions 1-17. */
static const int weights[USCC_LEN - 1] = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

/* ------------------------------------------------------ problem texts */

/* fn(a, s) for each of the 31 symbols s (two copies: the preprocessor does
 * not expand a macro inside itself). */
#define GSB_SYMS_A(fn, a) fn(a, 0) fn(a, 1) fn(a, 2) fn(a, 3) fn(a, 4) fn(a, 5) fn(a, 6) \
	fn(a, 7) fn(a, 8) fn(a, 9) fn(a, A) fn(a, B) fn(a, C) fn(a, D) fn(a, E) fn(a, F)   \
	fn(a, G) fn(a, H) fn(a, J) fn(a, K) fn(a, L) fn(a, M) fn(a, N) fn(a, P) fn(a, Q)   \
	fn(a, R) fn(a, T) fn(a, U) fn(a, W) fn(a, X) fn(a, Y)
#define GSB_SYMS_B(fn) fn(0) fn(1) fn(2) fn(3) fn(4) fn(5) fn(6) fn(7) fn(8) fn(9) fn(A) \
	fn(B) fn(C) fn(D) fn(E) fn(F) fn(G) fn(H) fn(J) fn(K) fn(L) fn(M) fn(N) fn(P)     \
	fn(Q) fn(R) fn(T) fn(U) fn(W) fn(X) fn(Y)

/* check_msg[given][expected] */
#define GSB_CHECK_MSG(given, want) "check character " #given " should be " #want,
#define GSB_CHECK_ROW(given) { GSB_SYMS_A(GSB_CHECK_MSG, given) },
static const char check_msg[31][31][30] = { GSB_SYMS_B(GSB_CHECK_ROW) };

/* length_msg[n] for n < 100 */
#define GSB_DIGITS(fn, a) fn(a, 0) fn(a, 1) fn(a, 2) fn(a, 3) fn(a, 4) fn(a, 5) fn(a, 6) \
	fn(a, 7) fn(a, 8) fn(a, 9)
#define GSB_LEN1(unused, u) "length " #u ", want 18",
#define GSB_LEN2(t, u) "length " #t #u ", want 18",
#define GSB_LEN_ROW(t) GSB_DIGITS(GSB_LEN2, t)
static const char length_msg[100][20] = {
	GSB_DIGITS(GSB_LEN1, 0)
	GSB_LEN_ROW(1) GSB_LEN_ROW(2) GSB_LEN_ROW(3) GSB_LEN_ROW(4) GSB_LEN_ROW(5)
	GSB_LEN_ROW(6) GSB_LEN_ROW(7) GSB_LEN_ROW(8) GSB_LEN_ROW(9)
};

/* bad_msg[position - 1]: the character itself is in code[] or the input. */
#define GSB_BAD(p) "character at position " #p " is not allowed (I, O, S, V, Z and non-alphanumerics are not used)",
static const char *const bad_msg[USCC_LEN] = {
	GSB_BAD(1) GSB_BAD(2) GSB_BAD(3) GSB_BAD(4) GSB_BAD(5) GSB_BAD(6)
	GSB_BAD(7) GSB_BAD(8) GSB_BAD(9) GSB_BAD(10) GSB_BAD(11) GSB_BAD(12)
	GSB_BAD(13) GSB_BAD(14) GSB_BAD(15) GSB_BAD(16) GSB_BAD(17) GSB_BAD(18)
};

/* -------------------------------------------------------------- decoding */

/* Value + 1 of each upper-cased ASCII symbol; 0: not a symbol (a table, not
 * a search: decoding runs once per application and evaluation). */
static const unsigned char symbol_plus_one[256] = {
	['0'] = 1, ['1'] = 2, ['2'] = 3, ['3'] = 4, ['4'] = 5, ['5'] = 6, ['6'] = 7, ['7'] = 8,
	['8'] = 9, ['9'] = 10, ['A'] = 11, ['B'] = 12, ['C'] = 13, ['D'] = 14, ['E'] = 15,
	['F'] = 16, ['G'] = 17, ['H'] = 18, ['J'] = 19, ['K'] = 20, ['L'] = 21, ['M'] = 22,
	['N'] = 23, ['P'] = 24, ['Q'] = 25, ['R'] = 26, ['T'] = 27, ['U'] = 28, ['W'] = 29,
	['X'] = 30, ['Y'] = 31,
};

/* Value of an upper-cased ASCII character, or -1. */
static int symbol_value(char c)
{
	return (int)symbol_plus_one[(unsigned char)c] - 1;
}

static char upper(char c)
{
	return c >= 'a' && c <= 'z' ? (char)(c - 'a' + 'A') : c;
}

/* Characters of s: code points when s is valid UTF-8, else bytes. */
static size_t char_count(const char *s, size_t bytes, bool utf8)
{
	if (!utf8)
		return bytes;
	size_t n = 0;
	for (size_t i = 0; i < bytes; i++)
		n += ((unsigned char)s[i] & 0xC0) != 0x80;
	return n;
}

/* The check character the first 17 symbols call for, or '\0'. */
static char expected_check(const char *code)
{
	int sum = 0;
	for (int i = 0; i < USCC_LEN - 1; i++) {
		int v = symbol_value(upper(code[i]));
		if (v < 0)
			return '\0';
		sum += v * weights[i];
	}
	return symbols[(31 - sum % 31) % 31];
}

/* Split an 18-byte ASCII code into its parts (docs/rules.md §2). */
static void split(gsb_uscc *out, const char *code)
{
	for (int i = 0; i < USCC_LEN; i++)
		out->code[i] = upper(code[i]);
	out->code[USCC_LEN] = '\0';
	out->authority[0] = out->code[0];
	out->category[0] = out->code[1];
	memcpy(out->division, out->code + 2, 6);
	memcpy(out->organisation, out->code + 8, 9);
	out->check = out->code[17];
}

static bool all_ascii(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)s[i] >= 0x80)
			return false;
	return true;
}

/* The first problem of a code: length, then characters, then the check. */
static const char *problem(const gsb_uscc *u, const char *code, size_t bytes, bool ascii)
{
	bool utf8 = ascii || gsb__utf8_valid(code, bytes);
	size_t n = ascii ? bytes : char_count(code, bytes, utf8);
	if (n != USCC_LEN)
		return n < GSB_ARRAY_LEN(length_msg) ? length_msg[n] : "length over 99, want 18";
	size_t pos = 0;
	for (size_t i = 0; i < bytes; i++) {
		if (utf8 && ((unsigned char)code[i] & 0xC0) == 0x80)
			continue; /* continuation byte of the character at pos */
		if ((unsigned char)code[i] >= 0x80 || symbol_value(upper(code[i])) < 0)
			return bad_msg[pos];
		pos++;
	}
	if (u->check != u->expected_check)
		return check_msg[symbol_value(u->check)][symbol_value(u->expected_check)];
	return NULL;
}

int gsb_uscc_decode(gsb_uscc *out, const char *code)
{
	GSB__CHECK_ARG(out);
	GSB__CHECK_ARG(code);
	memset(out, 0, sizeof *out);
	size_t bytes = strlen(code);
	bool ascii = all_ascii(code, bytes);
	if (bytes == USCC_LEN && ascii)
		split(out, code);
	if ((bytes == USCC_LEN || bytes == USCC_LEN - 1) && ascii)
		out->expected_check = expected_check(code);
	out->problem = problem(out, code, bytes, ascii);
	out->valid = out->problem == NULL;
	return GSB_OK;
}

int gsb_uscc_is_valid(const char *code)
{
	gsb_uscc u;
	return code != NULL && gsb_uscc_decode(&u, code) == GSB_OK && u.valid;
}

/* ------------------------------------------------------- category labels */

/* GB 32100-2015 table 1 (registration authority + organisation category),
 * with the codes allotted to further authorities since. [3.2.1] */
static const struct {
	char code[3];
	const char *zh, *en;
} categories[] = {
	{ "11", "机关", "State organ" },
	{ "12", "事业单位", "Public institution" },
	{ "13", "中央编办直接管理机构编制的群众团体", "Mass organisation under the central establishment office" },
	{ "19", "其他", "Other (establishment authority)" },
	{ "21", "外国常驻新闻机构", "Resident office of a foreign news agency" },
	{ "29", "其他", "Other (foreign affairs)" },
	{ "31", "律师执业机构", "Law firm" },
	{ "32", "公证处", "Notary office" },
	{ "33", "基层法律服务所", "Grassroots legal service office" },
	{ "34", "司法鉴定机构", "Judicial appraisal institution" },
	{ "35", "仲裁委员会", "Arbitration commission" },
	{ "39", "其他", "Other (judicial administration)" },
	{ "41", "外国在华文化中心", "Foreign cultural centre in China" },
	{ "49", "其他", "Other (culture)" },
	{ "51", "社会团体", "Social organisation" },
	{ "52", "民办非企业单位", "Private non-enterprise unit" },
	{ "53", "基金会", "Foundation" },
	{ "59", "其他", "Other (civil affairs)" },
	{ "61", "外国旅游部门常驻代表机构", "Resident office of a foreign tourism authority" },
	{ "62", "港澳台地区旅游部门常驻内地（大陆）代表机构",
	  "Resident office of a Hong Kong, Macao or Taiwan tourism authority" },
	{ "69", "其他", "Other (tourism)" },
	{ "71", "宗教活动场所", "Place of religious activity" },
	{ "72", "宗教院校", "Religious college" },
	{ "79", "其他", "Other (religious affairs)" },
	{ "81", "基层工会", "Grassroots trade union" },
	{ "89", "其他", "Other (trade unions)" },
	{ "91", "企业", "Enterprise" },
	{ "92", "个体工商户", "Individual business" },
	{ "93", "农民专业合作社", "Farmers' specialised cooperative" },
	{ "A1", "军队事业单位", "Military public institution" },
	{ "A9", "其他", "Other (military)" },
	{ "N1", "组级集体经济组织", "Group-level collective economic organisation" },
	{ "N2", "村级集体经济组织", "Village-level collective economic organisation" },
	{ "N3", "乡镇级集体经济组织", "Township-level collective economic organisation" },
	{ "N9", "其他", "Other (agriculture)" },
	{ "Y1", "其他", "Other" },
};

/* Reading of 3.2.1 (docs/rules.md §11.4): the categories that imply a legal
 * form, so that the credit code tells whether the applicant bears civil
 * liability independently when no legal form is given. */
static const struct {
	char code[3];
	gsb_legal_form form;
} category_forms[] = {
	{ "11", GSB_LEGAL_STATE_ORGAN },         /* 机关 */
	{ "12", GSB_LEGAL_PUBLIC_INSTITUTION },  /* 事业单位 */
	{ "51", GSB_LEGAL_SOCIAL_ORGANISATION }, /* 社会团体 */
	{ "53", GSB_LEGAL_SOCIAL_ORGANISATION }, /* 基金会 */
	{ "93", GSB_LEGAL_COOPERATIVE },         /* 农民专业合作社 */
	{ "92", GSB_LEGAL_INDIVIDUAL_BUSINESS }, /* 个体工商户 */
};

gsb_legal_form gsb__uscc_legal_form(const char *authority_category)
{
	for (size_t i = 0; authority_category && i < GSB_ARRAY_LEN(category_forms); i++)
		if (strcmp(category_forms[i].code, authority_category) == 0)
			return category_forms[i].form;
	return GSB_LEGAL_FORM_NONE;
}

const char *gsb_uscc_category_label(const char *authority_category, gsb_lang lang)
{
	if (authority_category == NULL || (lang != GSB_LANG_ZH && lang != GSB_LANG_EN))
		return NULL;
	char key[3] = { upper(authority_category[0]), 0, 0 };
	if (key[0] != '\0')
		key[1] = upper(authority_category[1]);
	for (size_t i = 0; i < GSB_ARRAY_LEN(categories); i++)
		if (strcmp(categories[i].code, key) == 0)
			return lang == GSB_LANG_ZH ? categories[i].zh : categories[i].en;
	return NULL;
}
