/* The seeded ledger generator (see ledger_gen.h). */
#include <inttypes.h>
#include "ledger_gen.h"

/* splitmix64: small, seedable, the same everywhere. */
static uint64_t next(uint64_t *s)
{
	uint64_t z = (*s += 0x9E3779B97F4A7C15ull);
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
	return z ^ (z >> 31);
}

static const char *const categories[] = { "equipment", "software", "personnel", "cloud",
	"training", "services", "materials", "testing" };
static const char *const payees[] = { "某设备公司", "某软件公司", "某服务公司", "某云计算公司",
	"某咨询公司" };

/* Days since 1970-01-01 to y-m-d (for 2019-09-01 onwards). */
static void ymd(long days, int *y, int *m, int *d)
{
	days += 719468;
	long era = days / 146097;
	long doe = days - era * 146097;
	long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

static void date(FILE *out, long days)
{
	int y, m, d;
	ymd(days, &y, &m, &d);
	fprintf(out, "%04d-%02d-%02d", y, m, d);
}

static void yuan(FILE *out, int64_t fen)
{
	fprintf(out, "%" PRId64 ".%02d", fen / 100, (int)(fen % 100));
}

int ledger_gen_write(FILE *out, long n, uint64_t seed)
{
	uint64_t s = seed;
	const long start = 18140; /* 2019-09-01 */
	const int64_t award = 3000000000;       /* 30,000,000.00 in fen */
	const int tranches = 12;
	fprintf(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	             "<ledger xmlns=\"urn:geshibai:1\" application=\"BENCH-%" PRIu64 "\" asOf=\"2021-06-30\">\n",
	        seed);
	fprintf(out, "  <award amount=\"");
	yuan(out, award);
	fprintf(out, "\" approved=\"2019-09-01\" national=\"true\"/>\n  <investment total=\"");
	yuan(out, award * 4);
	fprintf(out, "\"/>\n  <budget>\n");
	/* each line: a share of n expenses of at most 2,000.00 on average 1,000.00 */
	for (int c = 0; c < 8; c++) {
		fprintf(out, "    <line category=\"%s\" amount=\"", categories[c]);
		yuan(out, (int64_t)(n / 8 + 1) * 110000 + 100000000);
		fprintf(out, "\"/>\n");
	}
	fprintf(out, "  </budget>\n");
	long tx = 0;
	for (int t = 0; t < tranches; t++) {
		long day = start + t * 30;
		int64_t amount = award / tranches;
		fprintf(out, "  <transfer id=\"t%ld\" from=\"province\" to=\"city-3702\" amount=\"", ++tx);
		yuan(out, amount);
		fprintf(out, "\" date=\"");
		date(out, day);
		fprintf(out, "\"/>\n  <transfer id=\"t%ld\" from=\"city-3702\" to=\"county-370212\" amount=\"", ++tx);
		yuan(out, amount);
		fprintf(out, "\" date=\"");
		date(out, day + 5);
		fprintf(out, "\"/>\n  <transfer id=\"t%ld\" from=\"county-370212\" to=\"recipient\" amount=\"", ++tx);
		yuan(out, t == tranches - 1 ? amount - 100000 : amount); /* the county keeps 1,000.00 */
		fprintf(out, "\" date=\"");
		date(out, day + 12);
		fprintf(out, "\"/>\n");
	}
	for (long i = 1; i <= n; i++) {
		uint64_t r = next(&s);
		long day = start + (long)(r % 640);
		int64_t fen = 1000 + (int64_t)((r >> 16) % 200000);
		const char *cat = (r >> 40) % 1000 == 0 ? "entertainment" : categories[(r >> 12) % 8];
		/* about one in 10,000 reuses an earlier invoice number */
		long inv = (r >> 50) % 10000 == 0 && i > 1 ? 1 + (long)((r >> 20) % (uint64_t)(i - 1)) : i;
		fprintf(out, "  <expense id=\"e%ld\" date=\"", i);
		date(out, day);
		fprintf(out, "\" amount=\"");
		yuan(out, fen);
		fprintf(out, "\" category=\"%s\" invoice=\"3702%06ld-%08ld\" payee=\"%s\"/>\n", cat,
		        inv % 1000000, inv, payees[(r >> 8) % 5]);
	}
	fprintf(out, "  <subsidy source=\"国家某专项\" amount=\"5000000.00\"/>\n"
	             "  <metric name=\"connected-devices\" declared=\"1000000\" verified=\"950000\"/>\n"
	             "  <metric name=\"enterprises-served\" declared=\"3000\" verified=\"2500\"/>\n"
	             "</ledger>\n");
	return ferror(out) ? -1 : 0;
}
