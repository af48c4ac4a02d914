/*
 * geshibai serve — the log on standard error (docs/service.md "Log"): one
 * line per request and libmicrohttpd's messages, gathered in memory and
 * written by one thread every 100 ms, at once when 64 KiB have gathered,
 * and all that is left when the service stops. A write per line was a
 * system call per request (and, under systemd, a wake-up of the journal).
 */
#include <errno.h>
#include <pthread.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "serve.h"

#define LOG_BYTES (64u << 10)
#define LOG_PERIOD_NS (100L * 1000 * 1000)

static struct {
	pthread_mutex_t lock;
	pthread_cond_t wake;  /* stop */
	pthread_t thread;
	int running;          /* the writer thread runs: lines are gathered */
	int stopping;
	size_t len;
	char bytes[LOG_BYTES];
} log_ = { .lock = PTHREAD_MUTEX_INITIALIZER, .wake = PTHREAD_COND_INITIALIZER };

static void write_all(const char *p, size_t n)
{
	while (n > 0) {
		ssize_t w = write(STDERR_FILENO, p, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return; /* nowhere to say it */
		p += w;
		n -= (size_t)w;
	}
}

/* With the lock held. */
static void flush_locked(void)
{
	write_all(log_.bytes, log_.len);
	log_.len = 0;
}

static void *writer(void *unused)
{
	(void)unused;
	pthread_mutex_lock(&log_.lock);
	while (!log_.stopping) {
		struct timespec t;
		clock_gettime(CLOCK_REALTIME, &t);
		t.tv_nsec += LOG_PERIOD_NS;
		if (t.tv_nsec >= 1000L * 1000 * 1000) {
			t.tv_sec++;
			t.tv_nsec -= 1000L * 1000 * 1000;
		}
		pthread_cond_timedwait(&log_.wake, &log_.lock, &t);
		flush_locked();
	}
	flush_locked();
	pthread_mutex_unlock(&log_.lock);
	return NULL;
}

void gsb_serve_log_start(void)
{
	pthread_mutex_lock(&log_.lock);
	log_.stopping = 0;
	log_.running = pthread_create(&log_.thread, NULL, writer, NULL) == 0;
	pthread_mutex_unlock(&log_.lock);
}

void gsb_serve_log(const char *line, size_t len)
{
	pthread_mutex_lock(&log_.lock);
	if (!log_.running || len > LOG_BYTES) { /* no writer: at once */
		flush_locked();
		write_all(line, len);
	} else {
		if (len > LOG_BYTES - log_.len)
			flush_locked();
		memcpy(log_.bytes + log_.len, line, len);
		log_.len += len;
	}
	pthread_mutex_unlock(&log_.lock);
}

void gsb_serve_log_stop(void)
{
	pthread_mutex_lock(&log_.lock);
	int running = log_.running;
	log_.stopping = 1;
	log_.running = 0;
	pthread_cond_signal(&log_.wake);
	pthread_mutex_unlock(&log_.lock);
	if (running)
		pthread_join(log_.thread, NULL);
}
