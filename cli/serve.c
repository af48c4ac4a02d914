/*
 * geshibai serve — the decision service over HTTP (docs/service.md): GNU
 * libmicrohttpd in its thread-pool mode (epoll), one policy shared by the
 * threads, limits on bodies, connections and idle time; SIGTERM (or
 * SIGINT) stops accepting, lets the requests in flight finish, exits 0.
 */
#define _GNU_SOURCE /* sched_getaffinity, CPU_COUNT */
#include <arpa/inet.h>
#include <errno.h>
#include <getopt.h>
#include <jansson.h>
#include <malloc.h>
#include <netdb.h>
#include <sched.h>
#include <signal.h>
#include <sys/socket.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "serve.h"
#include "help_zh.h"

static const char usage_serve[] =
"NAME\n"
"  geshibai serve - the decision service over HTTP\n"
"\n"
"SYNOPSIS\n"
"  geshibai serve [--listen ADDR:PORT] [--params FILE] [--threads N]\n"
"                 [--max-body BYTES] [--max-connections N] [--timeout SECONDS]\n"
"                 [--token-file FILE] [--lang zh|en] [--no-relevance]\n"
"\n"
"DESCRIPTION\n"
"  Answers HTTP requests with the decisions, audits and taxonomy of the other\n"
"  commands, as JSON (XML on request), from one policy loaded at start:\n"
"    POST /v1/evaluate?asOf=DATE&lang=zh&relevance=true\n"
"                                          an application or a batch (XML or\n"
"                                          JSON); relevance=false: without\n"
"                                          what it would take\n"
"    POST /v1/audit?asOf=DATE&lang=zh      a ledger (XML)\n"
"    GET  /v1/industries, /v1/lookup?name=NAME, /v1/uscc/CODE\n"
"    GET  /v1/openapi.json                 the OpenAPI 3 description\n"
"    GET  /healthz                         the policy and the library version\n"
"  An answer to evaluate is what 'geshibai evaluate --format json' writes\n"
"  (XML with Accept: application/xml). One line per request on standard\n"
"  error: method, path, status, bytes, milliseconds. SIGTERM stops the\n"
"  service after the requests in flight; the exit status is then 0.\n"
"\n"
"OPTIONS\n"
"  --listen ADDR:PORT     the address to listen on (default 127.0.0.1:8080;\n"
"                         [ADDR]:PORT for IPv6; port 0: any free port)\n"
"  --params FILE          a parameters document overriding the built-in ones\n"
"  --threads N            threads deciding at once (default: the processors\n"
"                         this process may use)\n"
"  --max-body BYTES       the largest request body (default 16777216): 413\n"
"  --max-connections N    connections open at once (default 256)\n"
"  --timeout SECONDS      a connection idle this long is closed, also in the\n"
"                         middle of a request (default 15)\n"
"  --token-file FILE      every request but /healthz needs the header\n"
"                         'Authorization: Bearer TOKEN', TOKEN the first line of\n"
"                         FILE: else 401\n"
"  --lang LANG            reasons and messages in zh (default) or en when the\n"
"                         request names no lang\n"
"  --no-relevance         decisions without what it would take (the needs and\n"
"                         the potential award, docs/relevance.md) unless the\n"
"                         request says relevance=true; as evaluate --no-relevance\n"
"  -h, --help             show this help\n"
"\n"
"EXIT STATUS\n"
"  0 stopped by SIGTERM or SIGINT; 1 the parameters or the token file are\n"
"  invalid; 2 usage error; 3 the address cannot be bound.\n"
"\n"
"EXAMPLES\n"
"  geshibai serve --listen 127.0.0.1:8080 --lang en\n"
"  curl -H 'Content-Type: application/xml' --data-binary @application.xml \\\n"
"       http://127.0.0.1:8080/v1/evaluate\n"
GSB_CLI_ZH HELP_SERVE_ZH;

typedef struct {
	const char *listen;
	const char *params;
	const char *token_file;
	unsigned threads, max_connections, timeout;
	size_t max_body;
	gsb_lang lang;
	int no_relevance;
	int help;
} serve_options;

/* ============================================================= options */

static int parse_count(unsigned long long *out, const char *command, const char *name,
                       const char *arg, unsigned long long max)
{
	char *end;
	errno = 0;
	unsigned long long v = strtoull(arg, &end, 10);
	if (arg[0] < '0' || arg[0] > '9' || *end != '\0' || errno != 0 || v == 0 || v > max) {
		gsb_cli_usage_error(command, "--%s: '%s' is not a number from 1 to %llu", name, arg, max);
		return -1;
	}
	*out = v;
	return 0;
}

static int parse_value(void *ctx, int opt, const char *command, const char *arg)
{
	serve_options *o = ctx;
	unsigned long long v;
	switch (opt) {
	case 'L':
		o->listen = arg;
		return 0;
	case 'p':
		o->params = arg;
		return 0;
	case 't':
		if (parse_count(&v, command, "threads", arg, 256) < 0)
			return -1;
		o->threads = (unsigned)v;
		return 0;
	case 'b':
		if (parse_count(&v, command, "max-body", arg, (size_t)1 << 40) < 0)
			return -1;
		o->max_body = (size_t)v;
		return 0;
	case 'c':
		if (parse_count(&v, command, "max-connections", arg, 65536) < 0)
			return -1;
		o->max_connections = (unsigned)v;
		return 0;
	case 'T':
		if (parse_count(&v, command, "timeout", arg, 86400) < 0)
			return -1;
		o->timeout = (unsigned)v;
		return 0;
	case 'k':
		o->token_file = arg;
		return 0;
	case 'l':
		return gsb_cli_parse_lang(&o->lang, command, arg);
	case 'R':
		o->no_relevance = 1;
		return 0;
	default:
		return -1;
	}
}

static unsigned processors(void)
{
	cpu_set_t set;
	if (sched_getaffinity(0, sizeof set, &set) == 0 && CPU_COUNT(&set) > 0)
		return (unsigned)CPU_COUNT(&set);
	long n = sysconf(_SC_NPROCESSORS_ONLN);
	return n > 0 ? (unsigned)n : 1;
}

/* ADDR:PORT or [ADDR]:PORT, numeric: 0, or -1 after a usage error. */
static int parse_listen(struct sockaddr_storage *ss, int *ipv6, const char *arg)
{
	char host[256];
	const char *colon = strrchr(arg, ':');
	size_t n = colon ? (size_t)(colon - arg) : 0;
	if (colon == NULL || n == 0 || n >= sizeof host || colon[1] == '\0')
		goto bad;
	memcpy(host, arg, n);
	host[n] = '\0';
	if (host[0] == '[' && host[n - 1] == ']') {
		memmove(host, host + 1, n - 2);
		host[n - 2] = '\0';
	}
	char *end;
	unsigned long port = strtoul(colon + 1, &end, 10);
	if (*end != '\0' || port > 65535 || colon[1] < '0' || colon[1] > '9')
		goto bad;
	struct addrinfo hints = { .ai_flags = AI_NUMERICHOST | AI_PASSIVE, .ai_socktype = SOCK_STREAM };
	struct addrinfo *ai = NULL;
	if (getaddrinfo(host, NULL, &hints, &ai) != 0 || ai == NULL)
		goto bad;
	memset(ss, 0, sizeof *ss);
	memcpy(ss, ai->ai_addr, ai->ai_addrlen);
	*ipv6 = ai->ai_family == AF_INET6;
	freeaddrinfo(ai);
	if (*ipv6)
		((struct sockaddr_in6 *)ss)->sin6_port = htons((uint16_t)port);
	else
		((struct sockaddr_in *)ss)->sin_port = htons((uint16_t)port);
	return 0;
bad:
	gsb_cli_usage_error("serve", "--listen: '%s' is not ADDR:PORT with a numeric address", arg);
	return -1;
}

/* The token: FILE's first line without its line end. NULL after a message. */
static char *read_token(const char *path)
{
	FILE *f = fopen(path, "r");
	if (f == NULL) {
		fprintf(stderr, "%s serve: %s: %s\n", GSB_CLI_PROGRAM, path, strerror(errno));
		return NULL;
	}
	char line[4096];
	char *token = NULL;
	if (fgets(line, sizeof line, f) != NULL) {
		line[strcspn(line, "\r\n")] = '\0';
		if (line[0] != '\0')
			token = strdup(line);
	}
	fclose(f);
	if (token == NULL)
		fprintf(stderr, "%s serve: %s: the first line holds no token\n", GSB_CLI_PROGRAM, path);
	return token;
}

/* ============================================================== daemon */

static void mhd_log(void *cls, const char *fmt, va_list ap)
{
	(void)cls;
	char line[512];
	int n = snprintf(line, sizeof line, "%s serve: libmicrohttpd: ", GSB_CLI_PROGRAM);
	if (n > 0 && (size_t)n < sizeof line)
		vsnprintf(line + n, sizeof line - (size_t)n, fmt, ap);
	size_t len = strlen(line);
	if (len == 0 || line[len - 1] != '\n') {
		if (len + 1 >= sizeof line)
			len = sizeof line - 2;
		line[len++] = '\n';
		line[len] = '\0';
	}
	gsb_serve_log(line, len);
}

static struct MHD_Daemon *start(gsb_serve *s, const serve_options *o,
                                const struct sockaddr_storage *ss, int ipv6)
{
	unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL | MHD_USE_ITC |
	                 MHD_USE_ERROR_LOG | MHD_USE_TURBO | (ipv6 ? MHD_USE_IPv6 : 0);
	return MHD_start_daemon(flags, 0, NULL, NULL, gsb_serve_access, s,
		MHD_OPTION_EXTERNAL_LOGGER, mhd_log, NULL, /* first: it logs the others */
		MHD_OPTION_SOCK_ADDR, (const struct sockaddr *)ss,
		MHD_OPTION_THREAD_POOL_SIZE, o->threads,
		MHD_OPTION_CONNECTION_LIMIT, o->max_connections,
		MHD_OPTION_CONNECTION_TIMEOUT, o->timeout,
		MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)GSB_SERVE_HEADER_MEMORY,
		MHD_OPTION_LISTENING_ADDRESS_REUSE, 1,
		MHD_OPTION_URI_LOG_CALLBACK, gsb_serve_uri_log, s,
		MHD_OPTION_NOTIFY_COMPLETED, gsb_serve_completed, s,
		MHD_OPTION_END);
}

static void say_listening(struct MHD_Daemon *d, const serve_options *o, const gsb_serve *s)
{
	const union MHD_DaemonInfo *port = MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
	char host[256];
	snprintf(host, sizeof host, "%s", o->listen);
	char *colon = strrchr(host, ':');
	if (colon != NULL)
		*colon = '\0';
	fprintf(stderr, "%s serve: listening on http://%s:%u/ (%u threads, policy %s%s%s, "
	        "max body %zu bytes, %u connections, timeout %u s%s)\n",
	        GSB_CLI_PROGRAM, host, port ? (unsigned)port->port : 0, o->threads,
	        gsb_policy_id(s->policy), gsb_policy_source(s->policy) ? " with " : "",
	        gsb_policy_source(s->policy) ? gsb_policy_source(s->policy) : "", o->max_body,
	        o->max_connections, o->timeout, s->token ? ", token required" : "");
	fflush(stderr);
}

/* After SIGTERM: no new connections; the requests in flight end (each
 * within --timeout of its client's last byte), then the daemon stops. */
static void drain(struct MHD_Daemon *d, gsb_serve *s, unsigned timeout)
{
	atomic_store(&s->draining, 1);
	MHD_socket listener = MHD_quiesce_daemon(d);
	/* the socket stays open until the daemon stops (a worker may still
	 * hold it), but refuses connections from now on */
	if (listener != MHD_INVALID_SOCKET)
		shutdown(listener, SHUT_RDWR);
	double deadline = gsb_serve_now() + timeout + 5.0;
	while (atomic_load(&s->in_flight) > 0 && gsb_serve_now() < deadline) {
		struct timespec ts = { 0, 10 * 1000 * 1000 };
		nanosleep(&ts, NULL);
	}
	int left = atomic_load(&s->in_flight);
	MHD_stop_daemon(d);
	gsb_serve_log_stop();
	if (listener != MHD_INVALID_SOCKET)
		close(listener);
	fprintf(stderr, "%s serve: stopped%s\n", GSB_CLI_PROGRAM,
	        left > 0 ? " (requests still in flight were cut)" : "");
}

int gsb_cli_serve(int argc, char **argv)
{
	static const struct option longopts[] = { /* in the order of their bits */
		{ "listen", required_argument, NULL, 'L' },
		{ "params", required_argument, NULL, 'p' },
		{ "threads", required_argument, NULL, 't' },
		{ "max-body", required_argument, NULL, 'b' },
		{ "max-connections", required_argument, NULL, 'c' },
		{ "timeout", required_argument, NULL, 'T' },
		{ "token-file", required_argument, NULL, 'k' },
		{ "lang", required_argument, NULL, 'l' },
		{ "no-relevance", no_argument, NULL, 'R' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	serve_options o = {
		.listen = "127.0.0.1:8080", .threads = processors(),
		.max_body = GSB_SERVE_MAX_BODY, .max_connections = GSB_SERVE_MAX_CONNECTIONS,
		.timeout = GSB_SERVE_TIMEOUT, .lang = GSB_LANG_ZH, /* never the locale */
	};
	if (o.threads > 64)
		o.threads = 64;
	int first = gsb_cli_getopt(argc, argv, longopts, 0x1ff, parse_value, &o, &o.help);
	if (first < 0)
		return GSB_EXIT_USAGE;
	if (o.help)
		return gsb_cli_print_help(usage_serve);
	if (first < argc) {
		gsb_cli_usage_error(argv[0], "unexpected argument '%s'", argv[first]);
		return GSB_EXIT_USAGE;
	}
	struct sockaddr_storage ss;
	int ipv6;
	if (parse_listen(&ss, &ipv6, o.listen) < 0)
		return GSB_EXIT_USAGE;

	gsb_serve s = { .lang = o.lang, .max_body = o.max_body, .no_relevance = o.no_relevance };
	char *token = NULL;
	if (o.token_file != NULL && (token = read_token(o.token_file)) == NULL)
		return GSB_EXIT_INVALID;
	s.token = token;
	gsb_policy *policy = NULL;
	int status = gsb_cli_load_policy(&policy, o.params);
	if (status != GSB_EXIT_OK) {
		free(token);
		return status;
	}
	s.policy = policy;
	json_object_seed(0); /* before the threads: jansson's hash seed */
	/* bodies and answers of a few MB are allocated for every request:
	 * kept in the heap once freed rather than mapped and unmapped each
	 * time (a batch's answer was a third page faults) */
	mallopt(M_MMAP_THRESHOLD, 64 << 20);
	mallopt(M_TRIM_THRESHOLD, 256 << 20);

	/* SIGTERM and SIGINT come to this thread alone (sigwait): the pool's
	 * threads inherit the mask */
	sigset_t stop;
	sigemptyset(&stop);
	sigaddset(&stop, SIGTERM);
	sigaddset(&stop, SIGINT);
	pthread_sigmask(SIG_BLOCK, &stop, NULL);
	signal(SIGPIPE, SIG_IGN);

	gsb_serve_log_start(); /* after the mask: its thread takes no signal */
	struct MHD_Daemon *d = start(&s, &o, &ss, ipv6);
	if (d == NULL) {
		gsb_serve_log_stop();
		fprintf(stderr, "%s serve: cannot listen on %s\n", GSB_CLI_PROGRAM, o.listen);
		gsb_policy_free(policy);
		free(token);
		return GSB_EXIT_IO;
	}
	say_listening(d, &o, &s);
	int sig = 0;
	while (sigwait(&stop, &sig) != 0)
		;
	char line[128];
	int n = snprintf(line, sizeof line, "%s serve: %s: finishing the requests in flight\n",
	                 GSB_CLI_PROGRAM, sig == SIGINT ? "SIGINT" : "SIGTERM");
	gsb_serve_log(line, (size_t)n);
	drain(d, &s, o.timeout);
	gsb_policy_free(policy);
	free(token);
	return GSB_EXIT_OK;
}
