/*
 * libgeshibai — the Shandong industrial-internet "个十百" platform measures
 * (山东省产业互联网"个十百"平台培育及奖补办法, 2018) as a C library.
 *
 * Umbrella header. See README.md and docs/ for the rule book and readings.
 */
#ifndef GESHIBAI_H
#define GESHIBAI_H

#include "geshibai/common.h"
#include "geshibai/vocab.h"
#include "geshibai/policy.h"
#include "geshibai/application.h"
#include "geshibai/decision.h"
#include "geshibai/relevance.h"
#include "geshibai/io.h"
#include "geshibai/ledger.h"
#include "geshibai/review.h"
#include "geshibai/programme.h"

#endif
