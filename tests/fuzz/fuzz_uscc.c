/*
 * libFuzzer target: USCC decoding (docs/rules.md §2) — and, as small parsers of
 * untrusted text, dates and amounts — with their invariants: a valid code
 * decodes with no problem and is_valid agrees; a parsed date or amount
 * formats back to the same value.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "geshibai.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1);
	if (s == NULL)
		return 0;
	memcpy(s, data, size);
	s[size] = '\0';

	gsb_uscc u;
	if (gsb_uscc_decode(&u, s) != GSB_OK)
		abort(); /* only NULL arguments are errors */
	if (u.valid != gsb_uscc_is_valid(s))
		abort();
	if (u.valid && (u.problem != NULL || strlen(u.code) != 18))
		abort();
	if (!u.valid && u.problem == NULL)
		abort();
	if (strlen(u.code) > 18 || strlen(u.division) > 6 || strlen(u.organisation) > 9)
		abort();
	(void)gsb_uscc_category_label(s, GSB_LANG_ZH);

	gsb_date date;
	if (gsb_date_parse(&date, s) == GSB_OK) {
		char buf[11];
		if (strcmp(gsb_date_format(date, buf), s) != 0)
			abort();
	}
	gsb_fen fen;
	if (gsb_fen_parse(&fen, s) == GSB_OK) {
		char buf[24];
		gsb_fen again;
		if (gsb_fen_parse(&again, gsb_fen_format(fen, buf)) != GSB_OK || again != fen)
			abort();
		char *words = gsb_fen_to_words(fen);
		if (fen >= 0 && words == NULL)
			abort();
		gsb_free(words);
	}
	free(s);
	return 0;
}
