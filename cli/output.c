/* geshibai — an output file is never one of the inputs (see cli.h). */
#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "cli.h"

/* The file an operand names ("-": standard input), as device and inode;
 * 0 when it cannot be told (it does not exist, say). */
static int identify(const char *path, struct stat *st)
{
	if (strcmp(path, "-") == 0)
		return fstat(STDIN_FILENO, st) == 0;
	return stat(path, st) == 0;
}

const char *gsb_cli_output_input(const char *out, char *const *inputs, int n)
{
	struct stat o, i;
	if (out == NULL || strcmp(out, "-") == 0 || stat(out, &o) != 0)
		return NULL; /* standard output, or a file yet to be made */
	if (!S_ISREG(o.st_mode))
		return NULL; /* /dev/null, a pipe: writing it destroys nothing */
	for (int k = 0; k < n; k++)
		if (inputs[k] && identify(inputs[k], &i) && i.st_dev == o.st_dev &&
		    i.st_ino == o.st_ino)
			return inputs[k];
	return NULL;
}

int gsb_cli_refuse_output_input(const char *command, const char *option, const char *out,
                                char *const *inputs, int n)
{
	const char *in = gsb_cli_output_input(out, inputs, n);
	if (in == NULL)
		return 0;
	if (strcmp(in, out) == 0)
		gsb_cli_usage_error(command, "%s %s: refusing to overwrite an input file", option, out);
	else
		gsb_cli_usage_error(command,
		                    "%s %s: refusing to overwrite an input file (it is the same file "
		                    "as %s)", option, out, in);
	return -1;
}
