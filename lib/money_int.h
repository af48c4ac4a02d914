/*
 * libgeshibai — exact decimals and amounts written out (money.c).
 * Private: nothing here is part of the ABI (lib/libgeshibai.sym).
 */
#ifndef GSB_MONEY_INT_H
#define GSB_MONEY_INT_H

#include "base.h"

/* An exact decimal: mant / 10^scale (scale 0..18). Used for rates, ratios,
 * scores and indicator values; money uses gsb_fen. */
typedef struct {
	int64_t mant;
	int scale;
} gsb__dec;
/* Parse "-12.345" with at most max_scale decimals (and at most 18 digits).
 * GSB_EINVAL when malformed or with more decimals, GSB_EOVERFLOW when too big. */
int gsb__dec_parse(gsb__dec *out, const char *text, int max_scale);
/* Write the decimal as given ("4.35", "1000.0"); buf of at least 24 bytes. */
char *gsb__dec_format(gsb__dec d, char buf[24]);
/* 10^n for n in 0..18. */
int64_t gsb__pow10(int n);
/* An amount with thousands separators: "79,027,291.66"; buf of 32 bytes. */
char *gsb__fen_grouped(gsb_fen fen, char buf[32]);
/* An amount in units of unit fen (1000000: 万元, 10000000000: 亿元), rounded
 * half away from zero to two decimals, grouped: "7,902.73". */
#define GSB__FEN_WAN ((gsb_fen)1000000)
#define GSB__FEN_YI ((gsb_fen)10000000000)
char *gsb__fen_scaled(gsb_fen fen, gsb_fen unit, char buf[32]);
/* Compare two decimals exactly: -1, 0, 1. */
int gsb__dec_cmp(gsb__dec a, gsb__dec b);

#endif
