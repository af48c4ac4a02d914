/*
 * libgeshibai — the nearest known name to a misspelt one ("did you mean
 * builder?"): an edit distance over code points (insertions, deletions,
 * substitutions and swaps of two neighbours count one each), ASCII letters
 * compared without case.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "error_int.h"

enum { MAX_POINTS = 64 };

/* Decode up to MAX_POINTS code points of s (folded to lower case); -1 when too long. */
static int points(const char *s, uint32_t out[MAX_POINTS])
{
	int n = 0;
	const unsigned char *p = (const unsigned char *)s;
	while (*p) {
		if (n == MAX_POINTS)
			return -1;
		uint32_t c = *p++;
		int more = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
		if (more)
			c &= 0x3Fu >> more;
		while (more-- > 0 && (*p & 0xC0) == 0x80)
			c = (c << 6) | (*p++ & 0x3F);
		if (c >= 'A' && c <= 'Z')
			c += 'a' - 'A';
		out[n++] = c;
	}
	return n;
}

int gsb__edit_distance(const char *a, const char *b)
{
	uint32_t x[MAX_POINTS], y[MAX_POINTS];
	int n = points(a, x), m = points(b, y);
	if (n < 0 || m < 0)
		return INT32_MAX;
	int d[MAX_POINTS + 1][MAX_POINTS + 1];
	for (int i = 0; i <= n; i++)
		d[i][0] = i;
	for (int j = 0; j <= m; j++)
		d[0][j] = j;
	for (int i = 1; i <= n; i++) {
		for (int j = 1; j <= m; j++) {
			int best = d[i - 1][j - 1] + (x[i - 1] != y[j - 1]);
			if (d[i - 1][j] + 1 < best)
				best = d[i - 1][j] + 1;
			if (d[i][j - 1] + 1 < best)
				best = d[i][j - 1] + 1;
			if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1] &&
			    d[i - 2][j - 2] + 1 < best)
				best = d[i - 2][j - 2] + 1;
			d[i][j] = best;
		}
	}
	return d[n][m];
}

static int length(const char *s)
{
	int n = 0;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		n += (*p & 0xC0) != 0x80;
	return n;
}

const char *gsb_nearest(const char *word, const char *const *names, size_t n)
{
	if (word == NULL || names == NULL || word[0] == '\0')
		return NULL;
	const char *best = NULL;
	int best_d = INT32_MAX;
	for (size_t i = 0; i < n; i++) {
		if (names[i] == NULL || strcmp(names[i], word) == 0)
			continue;
		int d = gsb__edit_distance(word, names[i]);
		int len = length(word) > length(names[i]) ? length(word) : length(names[i]);
		/* near enough: at most a third of the longer name, and at most 3 */
		if (d <= 3 && d * 3 <= len && d < best_d) {
			best = names[i];
			best_d = d;
		}
	}
	return best;
}

void gsb__did_you_mean(char *out, size_t size, const char *best)
{
	if (best == NULL)
		snprintf(out, size, "%s", "");
	else
		gsb__bi_format(out, size, " (did you mean %1$s?)" GSB__ZH "（是否应为 %1$s？）", best);
}
