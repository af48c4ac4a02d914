/*
 * A seeded generator of realistic applications for the benchmarks: every
 * tier and outcome, about 30% incomplete, Chinese names, loans. The same
 * application can be written as XML (docs/formats.md) or built through the C API.
 */
#ifndef GSB_BENCH_GEN_H
#define GSB_BENCH_GEN_H
#include <stdint.h>
#include <stdio.h>
#include "geshibai.h"

typedef struct {
	uint64_t state;
} gen_rng;

void gen_seed(gen_rng *r, uint64_t seed);

/* Write application number i as an <application> element. */
void gen_write_xml(gen_rng *r, long i, FILE *out);
/* Build application number i through the C API; NULL on failure. */
gsb_application *gen_build(gen_rng *r, long i);
#endif
