/* gen_apps N [SEED]: write a batch of N generated applications to stdout. */
#include <stdlib.h>
#include "gen.h"

int main(int argc, char **argv)
{
	if (argc < 2) {
		fprintf(stderr, "usage: gen_apps N [SEED]\n");
		return 2;
	}
	long n = atol(argv[1]);
	gen_rng r;
	gen_seed(&r, argc > 2 ? strtoull(argv[2], NULL, 10) : 2018);
	printf("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<applications xmlns=\"urn:geshibai:1\">\n");
	for (long i = 0; i < n; i++)
		gen_write_xml(&r, i, stdout);
	printf("</applications>\n");
	return ferror(stdout) ? 3 : 0;
}
