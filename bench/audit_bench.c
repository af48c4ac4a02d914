/*
 * The funding-misuse audit (provision 5.4) over generated ledgers of
 * 100,000 and 1,000,000 expenses, read and audited in one streaming pass
 * (gsb_audit_file). Each size runs in its own child process so that its peak
 * memory (getrusage ru_maxrss) is its own. One line per size:
 *   audit 100000 expenses: 0.41 s (cpu 0.40 s), peak 13.7 MiB, 14 flags
 * (wall-clock time of the audit, CPU time of the child) and a last line with
 * the CPU time ratio (issue 4: at most 12× for 10× input).
 *
 * Usage: audit_bench [DIR] (generated ledgers go to DIR, default /tmp).
 */
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "geshibai.h"
#include "ledger_gen.h"

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* In the child: audit the file, write the seconds taken into fd. */
static int audit_child(const char *path, int fd)
{
	gsb_policy *policy;
	if (gsb_policy_new(&policy) != GSB_OK)
		return 3;
	double t0 = now();
	gsb_audit *audit;
	int rc = gsb_audit_file(&audit, policy, path, GSB_DATE_NONE);
	double t = now() - t0;
	if (rc != GSB_OK) {
		fprintf(stderr, "audit %s: %s (line %ld)\n", path, gsb_error_last()->message,
		        gsb_error_last()->line);
		return 3;
	}
	double msg[2] = { t, (double)gsb_audit_flag_count(audit) };
	gsb_audit_free(audit);
	gsb_policy_free(policy);
	return write(fd, msg, sizeof msg) == sizeof msg ? 0 : 3;
}

static int bench(const char *dir, long n, double *seconds)
{
	char path[4096];
	snprintf(path, sizeof path, "%s/gsb-ledger-%ld.xml", dir, n);
	FILE *f = fopen(path, "w");
	if (f == NULL || ledger_gen_write(f, n, 2018) != 0 || fclose(f) != 0) {
		perror(path);
		return 3;
	}
	int p[2];
	if (pipe(p) != 0)
		return 3;
	pid_t pid = fork();
	if (pid < 0)
		return 3;
	if (pid == 0) {
		close(p[0]);
		_exit(audit_child(path, p[1]));
	}
	close(p[1]);
	double msg[2] = { 0, 0 };
	ssize_t got = read(p[0], msg, sizeof msg);
	close(p[0]);
	int status;
	struct rusage ru;
	if (wait4(pid, &status, 0, &ru) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0 ||
	    got != (ssize_t)sizeof msg) {
		fprintf(stderr, "audit of %ld expenses failed\n", n);
		return 3;
	}
	unlink(path);
	double cpu = ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 + ru.ru_stime.tv_sec +
	             ru.ru_stime.tv_usec / 1e6;
	*seconds = cpu;
	printf("audit %ld expenses: %.2f s (cpu %.2f s), peak %.1f MiB, %.0f flags\n", n, msg[0], cpu,
	       ru.ru_maxrss / 1024.0, msg[1]);
	fflush(stdout);
	return 0;
}

int main(int argc, char **argv)
{
	const char *dir = argc > 1 ? argv[1] : "/tmp";
	double t1, t2;
	if (bench(dir, 100000, &t1) != 0 || bench(dir, 1000000, &t2) != 0)
		return 3;
	printf("cpu time ratio 1M / 100k: %.1fx (issue 4: at most 12x)\n", t2 / t1);
	return t2 / t1 <= 12.0 ? 0 : 1;
}
