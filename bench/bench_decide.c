/*
 * In-memory decisions per second on one core, with and without explanations
 * (issue 6, benchmark 1), and with them in one language only (what the
 * command asks for). Applications are built through the C API from the
 * seeded generator, no XML. Prints one line.
 *
 * `bench_decide -n N` instead evaluates exactly N decisions each way, in
 * loop_bare(), loop_explained() and loop_one_language(), for
 * `valgrind --tool=callgrind` (instruction counts are repeatable on a loaded
 * machine; bench/callgrind.sh turns them into instructions per decision).
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "gen.h"

#define POOL 4096

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Evaluate the pool round and round for about `seconds`; decisions per second. */
static double run(const gsb_policy *policy, gsb_application **pool, unsigned flags, double seconds,
                  long *checksum)
{
	long n = 0;
	double start = now(), elapsed;
	do {
		for (int i = 0; i < POOL; i++, n++) {
			gsb_decision *d;
			if (gsb_evaluate(&d, policy, pool[i], GSB_DATE_NONE, flags) != GSB_OK) {
				fprintf(stderr, "evaluate: %s\n", gsb_error_last()->message);
				exit(3);
			}
			*checksum += gsb_decision_tier(d) + gsb_decision_granted(d) % 7;
			gsb_decision_free(d);
		}
		elapsed = now() - start;
	} while (elapsed < seconds);
	return n / elapsed;
}

/* Exactly n decisions (for callgrind's inclusive counts). */
static void __attribute__((noinline)) loop(const gsb_policy *policy, gsb_application **pool,
                                           unsigned flags, long n, long *checksum)
{
	for (long i = 0; i < n; i++) {
		gsb_decision *d;
		if (gsb_evaluate(&d, policy, pool[i % POOL], GSB_DATE_NONE, flags) != GSB_OK)
			exit(3);
		*checksum += gsb_decision_tier(d) + gsb_decision_granted(d) % 7;
		gsb_decision_free(d);
	}
}
void __attribute__((noinline)) loop_bare(const gsb_policy *, gsb_application **, long, long *);
void __attribute__((noinline)) loop_explained(const gsb_policy *, gsb_application **, long, long *);
void __attribute__((noinline)) loop_one_language(const gsb_policy *, gsb_application **, long,
                                                 long *);
void loop_bare(const gsb_policy *policy, gsb_application **pool, long n, long *checksum)
{
	loop(policy, pool, GSB_EVAL_NO_REASONS, n, checksum);
}
void loop_explained(const gsb_policy *policy, gsb_application **pool, long n, long *checksum)
{
	loop(policy, pool, GSB_EVAL_DEFAULT, n, checksum);
}
void loop_one_language(const gsb_policy *policy, gsb_application **pool, long n, long *checksum)
{
	loop(policy, pool, GSB_EVAL_ZH_ONLY, n, checksum);
}

int main(int argc, char **argv)
{
	long count = argc > 2 && strcmp(argv[1], "-n") == 0 ? atol(argv[2]) : 0;
	double seconds = argc > 1 && count == 0 ? atof(argv[1]) : 3.0;
	gsb_policy *policy;
	gsb_application *pool[POOL];
	gen_rng r;
	long checksum = 0;
	gen_seed(&r, 2018);
	if (gsb_policy_new(&policy) != GSB_OK)
		return 3;
	for (int i = 0; i < POOL; i++)
		if ((pool[i] = gen_build(&r, i)) == NULL) {
			fprintf(stderr, "gen_build: %s\n", gsb_error_last()->message);
			return 3;
		}
	if (count > 0) {
		loop_bare(policy, pool, count, &checksum);
		loop_explained(policy, pool, count, &checksum);
		loop_one_language(policy, pool, count, &checksum);
		printf("bench decide: %ld decisions each way (checksum %ld)\n", count, checksum % 1000);
		return 0;
	}
	/* the figures of earlier releases are without relevance (docs/relevance.md) */
	const unsigned off = GSB_EVAL_NO_RELEVANCE;
	run(policy, pool, GSB_EVAL_NO_REASONS | off, 0.3, &checksum); /* warm up */
	double bare = run(policy, pool, GSB_EVAL_NO_REASONS | off, seconds, &checksum);
	double explained = run(policy, pool, GSB_EVAL_DEFAULT | off, seconds, &checksum);
	double one = run(policy, pool, GSB_EVAL_ZH_ONLY | off, seconds, &checksum);
	double relevant = run(policy, pool, GSB_EVAL_ZH_ONLY, seconds, &checksum);
	printf("bench decide: %.0f decisions/s without explanations, %.0f with, %.0f with them in "
	       "Chinese only (one core, %d generated applications; targets 2000000 without, "
	       "500000 with; checksum %ld)\n",
	       bare, explained, one, POOL, checksum % 1000);
	printf("bench decide: %.0f decisions/s in Chinese with relevance (what it would take): "
	       "%.2fx the time of Chinese only without it (target at most 2x)\n",
	       relevant, one / relevant);
	for (int i = 0; i < POOL; i++)
		gsb_application_free(pool[i]);
	gsb_policy_free(policy);
	return 0;
}
