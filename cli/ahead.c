/*
 * geshibai — reading ahead (ahead.h): a bounded queue between the thread
 * that runs gsb_reader_next() and the one that decides. The reader, its
 * errors and the ICU state it uses stay on the reading thread; what crosses
 * is an application (owned by whoever holds it) or a copy of an error.
 */
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "ahead.h"

/* An error copied out of the reading thread's gsb_error_last(). */
typedef struct {
	gsb_error e;
	char message[1024], file[256], element[256], application[128], message_zh[1024];
} saved_error;

/* Items the reading thread gathers before it wakes the deciding one. */
#define GSB_CLI_WAKE 16

typedef struct {
	int rc;
	gsb_application *app;
	saved_error *err;
} item;

struct gsb_cli_ahead {
	gsb_reader *reader;
	bool threaded;
	pthread_t thread;
	pthread_mutex_t lock;
	pthread_cond_t filled, drained; /* for the deciding / the reading thread */
	bool deciding_waits, reading_waits;
	item q[GSB_CLI_AHEAD];
	size_t head, len; /* the waiting items: q[head], ... (len of them, wrapping) */
	bool ended;       /* the reading thread has given its last item */
	bool cancel;      /* the reading thread must stop */
	item current;     /* the item last given out (its error lives until the next) */
	/* applications done with, freed by the reading thread that made them
	 * (a free from another thread contends for glibc's per-thread arena) */
	gsb_application *spent[GSB_CLI_AHEAD];
	size_t n_spent;
};

static const char *keep(char *buf, size_t size, const char *s)
{
	if (s == NULL)
		return NULL;
	snprintf(buf, size, "%s", s);
	return buf;
}

static saved_error *save_error(void)
{
	const gsb_error *e = gsb_error_last();
	saved_error *s = malloc(sizeof *s);
	if (s == NULL)
		return NULL;
	s->e.code = e->code;
	s->e.line = e->line;
	s->e.message = keep(s->message, sizeof s->message, e->message);
	s->e.file = keep(s->file, sizeof s->file, e->file);
	s->e.element = keep(s->element, sizeof s->element, e->element);
	s->e.application = keep(s->application, sizeof s->application, e->application);
	s->e.message_zh = keep(s->message_zh, sizeof s->message_zh, e->message_zh);
	return s;
}

/* One item from the reader; the last one (rc 0, or an I/O error) ends it. */
static item read_item(gsb_cli_ahead *a)
{
	item it = { 0, NULL, NULL };
	it.rc = gsb_reader_next(a->reader, &it.app);
	if (it.rc < 0)
		it.err = save_error();
	return it;
}

static bool last(const item *it)
{
	return it->rc == 0 || it->rc == GSB_EIO;
}

static void *reading(void *arg)
{
	gsb_cli_ahead *a = arg;
	gsb_application *spent[GSB_CLI_AHEAD];
	size_t n_spent = 0;
	for (bool done = false; !done;) {
		while (n_spent > 0)
			gsb_application_free(spent[--n_spent]);
		item it = read_item(a);
		done = last(&it);
		pthread_mutex_lock(&a->lock);
		n_spent = a->n_spent;
		memcpy(spent, a->spent, n_spent * sizeof *spent);
		a->n_spent = 0;
		while (a->len == GSB_CLI_AHEAD && !a->cancel) {
			a->reading_waits = true;
			pthread_cond_wait(&a->drained, &a->lock);
		}
		a->reading_waits = false;
		if (a->cancel) {
			pthread_mutex_unlock(&a->lock);
			gsb_application_free(it.app);
			free(it.err);
			break;
		}
		a->q[(a->head + a->len++) % GSB_CLI_AHEAD] = it;
		a->ended = done;
		/* wake the deciding thread for a handful at once, not for each */
		if (a->deciding_waits && (a->len >= GSB_CLI_WAKE || done))
			pthread_cond_signal(&a->filled);
		pthread_mutex_unlock(&a->lock);
	}
	while (n_spent > 0)
		gsb_application_free(spent[--n_spent]);
	return NULL;
}

int gsb_cli_ahead_open(gsb_cli_ahead **out, const char *path, int threaded)
{
	*out = NULL;
	gsb_cli_ahead *a = calloc(1, sizeof *a);
	if (a == NULL) {
		fprintf(stderr, "geshibai: out of memory\n");
		return GSB_ENOMEM;
	}
	int rc = gsb_reader_open_file(&a->reader, path);
	if (rc < 0) {
		free(a);
		return rc;
	}
	pthread_mutex_init(&a->lock, NULL);
	pthread_cond_init(&a->filled, NULL);
	pthread_cond_init(&a->drained, NULL);
	a->threaded = threaded && pthread_create(&a->thread, NULL, reading, a) == 0;
	*out = a;
	return GSB_OK;
}

int gsb_cli_ahead_next(gsb_cli_ahead *a, gsb_application **out, const gsb_error **error)
{
	static const gsb_error nomem = { .code = GSB_ENOMEM, .message = "out of memory",
	                                 .message_zh = "内存不足" };
	free(a->current.err);
	a->current.err = NULL;
	if (!a->threaded) {
		a->current = read_item(a);
	} else {
		pthread_mutex_lock(&a->lock);
		while (a->len == 0 && !a->ended) {
			a->deciding_waits = true;
			pthread_cond_wait(&a->filled, &a->lock);
		}
		a->deciding_waits = false;
		if (a->len == 0) {
			a->current = (item){ 0, NULL, NULL };
		} else {
			a->current = a->q[a->head];
			a->head = (a->head + 1) % GSB_CLI_AHEAD;
			a->len--;
			if (a->reading_waits && a->len <= GSB_CLI_AHEAD / 2)
				pthread_cond_signal(&a->drained);
		}
		pthread_mutex_unlock(&a->lock);
	}
	*out = a->current.app;
	a->current.app = NULL;
	*error = a->current.rc >= 0 ? NULL : a->current.err ? &a->current.err->e : &nomem;
	return a->current.rc;
}

void gsb_cli_ahead_done(gsb_cli_ahead *a, gsb_application *app)
{
	if (app == NULL)
		return;
	if (a->threaded) {
		pthread_mutex_lock(&a->lock);
		bool kept = !a->ended && a->n_spent < GSB_CLI_AHEAD;
		if (kept)
			a->spent[a->n_spent++] = app;
		pthread_mutex_unlock(&a->lock);
		if (kept)
			return;
	}
	gsb_application_free(app);
}

int gsb_cli_ahead_is_batch(const gsb_cli_ahead *a)
{
	return gsb_reader_is_batch(a->reader);
}

void gsb_cli_ahead_free(gsb_cli_ahead *a)
{
	if (a == NULL)
		return;
	if (a->threaded) {
		pthread_mutex_lock(&a->lock);
		a->cancel = true;
		pthread_cond_signal(&a->drained);
		pthread_mutex_unlock(&a->lock);
		pthread_join(a->thread, NULL);
	}
	for (size_t i = 0; i < a->n_spent; i++)
		gsb_application_free(a->spent[i]);
	for (size_t i = 0; i < a->len; i++) {
		item *it = &a->q[(a->head + i) % GSB_CLI_AHEAD];
		gsb_application_free(it->app);
		free(it->err);
	}
	free(a->current.err);
	pthread_mutex_destroy(&a->lock);
	pthread_cond_destroy(&a->filled);
	pthread_cond_destroy(&a->drained);
	gsb_reader_free(a->reader);
	free(a);
}
