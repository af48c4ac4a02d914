/*
 * libgeshibai — every private header of the library at once, for the files
 * that use most of them. Nothing here is part of the ABI (lib/libgeshibai.sym).
 *
 *   base.h             the public API, GSB_ARRAY_LEN, three-valued operators
 *   error_int.h        raising errors, messages in two languages
 *   text_int.h         UTF-8 checks, the normalisation of names
 *   arena.h            the arena allocator
 *   money_int.h        exact decimals, amounts written out
 *   params_int.h       the parameters and the policy
 *   application_int.h the layout of an application
 *   decision_int.h     the layout of a decision, the steps that fill it
 */
#ifndef GESHIBAI_INTERNAL_H
#define GESHIBAI_INTERNAL_H

#include "base.h"
#include "error_int.h"
#include "text_int.h"
#include "arena.h"
#include "money_int.h"
#include "params_int.h"
#include "application_int.h"
#include "decision_int.h"

#endif
