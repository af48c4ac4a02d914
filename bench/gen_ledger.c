/* gen_ledger N [SEED]: write a ledger with N expenses to standard output. */
#include <stdio.h>
#include <stdlib.h>
#include "ledger_gen.h"

int main(int argc, char **argv)
{
	if (argc < 2 || argc > 3) {
		fprintf(stderr, "usage: gen_ledger N [SEED] > ledger.xml\n");
		return 2;
	}
	long n = strtol(argv[1], NULL, 10);
	uint64_t seed = argc > 2 ? strtoull(argv[2], NULL, 10) : 2018;
	if (ledger_gen_write(stdout, n, seed) != 0 || fflush(stdout) != 0) {
		perror("gen_ledger");
		return 3;
	}
	return 0;
}
